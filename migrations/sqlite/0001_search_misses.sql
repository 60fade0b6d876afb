-- Searches that found no good answer, for the content-gap report. Anonymised
-- before they get here: digits and e-mail addresses masked, only the day kept.
CREATE TABLE search_misses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    day TEXT NOT NULL,
    lang TEXT NOT NULL,
    query TEXT NOT NULL
);

CREATE INDEX search_misses_day ON search_misses (day);
