-- New articles being written in the console, before they are published.
-- A draft is no part of the knowledge: publishing it stores its catalogue
-- entry and its Portuguese text as versions (knowledge_versions) and
-- deletes the draft. `query` is the search nobody found an answer for that
-- started it (already anonymised when it was recorded), if one did.
-- `revision` grows with each save, so two administrators on one draft
-- never overwrite each other.
CREATE TABLE knowledge_drafts (
    id BIGSERIAL PRIMARY KEY,
    query TEXT NOT NULL DEFAULT '',
    article TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    -- Public body ids, space-separated.
    bodies TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    revision BIGINT NOT NULL DEFAULT 1
);
