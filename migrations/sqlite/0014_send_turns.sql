-- Telegram's sending limits counted across every instance on the database
-- (see the PostgreSQL migration). A SQLite file serves one machine, whose
-- limiter in memory is the whole count, so these stay empty here; they
-- exist to keep both schemas the same.
CREATE TABLE send_slots (
    slot INTEGER PRIMARY KEY,
    at BIGINT NOT NULL
);
CREATE TABLE chat_turns (
    chat BIGINT PRIMARY KEY,
    tat BIGINT NOT NULL
);
