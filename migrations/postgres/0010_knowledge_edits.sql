-- Knowledge edited in the console. Each save is a new version of one
-- article in one language: its whole Fluent entry, on top of the knowledge
-- folder shipped with the release. The newest version of each
-- article-language is what readers see. `base_hash` is the version hash of
-- the folder's entry the edit was made on, so a new release's folder can
-- be told apart from an edit it already contains.
-- A fact (kind 'fact') is versioned the same way: `article` is the fact's
-- id, `lang` the source language, `entry` its table in facts.toml.
CREATE TABLE knowledge_versions (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'article',
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    version BIGINT NOT NULL,
    entry TEXT NOT NULL,
    base_hash TEXT NOT NULL,
    author TEXT NOT NULL,
    at BIGINT NOT NULL,
    -- The version this one restores, if it is a restore.
    restores BIGINT,
    UNIQUE (kind, article, lang, version)
);

-- A translation read against its Portuguese source by a mediator and found
-- right (the newest review of each article-language), with the source text it was read against (shown as a diff when
-- the source changes later).
CREATE TABLE knowledge_reviews (
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    source_text TEXT NOT NULL,
    -- The translation's version that was read (0: the folder's text); an
    -- edit saved after it is not covered by the review.
    version BIGINT NOT NULL,
    reviewer TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (article, lang)
);

-- Languages a mediator may edit (administrators may edit all of them).
CREATE TABLE editor_grants (
    mediator_id BIGINT NOT NULL REFERENCES mediators(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    PRIMARY KEY (mediator_id, lang)
);

-- How often each article was read in each language, per day, with nothing
-- about the reader: the review queue puts the most read first.
CREATE TABLE article_reads (
    day TEXT NOT NULL,
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, article, lang)
);
