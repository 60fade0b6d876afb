-- Searches that found no good answer, for the content-gap report. Anonymised
-- before they get here: digits and e-mail addresses masked, only the day kept.
-- The PostgreSQL schema follows migrations/sqlite step by step: times are
-- Unix milliseconds (BIGINT), days are 'YYYY-MM-DD' text, integers are
-- BIGINT (Rust's i64), flags are BOOLEAN, and ids come from sequences,
-- which never give a number twice (SQLite's AUTOINCREMENT).
CREATE TABLE search_misses (
    id BIGSERIAL PRIMARY KEY,
    day TEXT NOT NULL,
    lang TEXT NOT NULL,
    query TEXT NOT NULL
);

CREATE INDEX search_misses_day ON search_misses (day);
