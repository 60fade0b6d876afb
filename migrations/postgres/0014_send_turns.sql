-- Telegram's sending limits counted across every instance on the database:
-- the times of the last sends, one row per place in the overall window
-- (a send takes a place whose time has left the window), and each chat's
-- next free turn (a theoretical arrival time, in milliseconds by the
-- database's clock).
CREATE TABLE send_slots (
    slot INTEGER PRIMARY KEY,
    at BIGINT NOT NULL
);
CREATE TABLE chat_turns (
    chat BIGINT PRIMARY KEY,
    tat BIGINT NOT NULL
);
