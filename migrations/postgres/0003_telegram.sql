-- The Telegram bot's inbox (every update recorded before it is confirmed
-- to Telegram, handled from here), single-use "continue on your phone"
-- links, and settings the service generates for itself.

-- A sequence never gives an id twice, so "tg:<id>" stays a unique message
-- key even after old rows are purged.
CREATE TABLE telegram_inbox (
    id BIGSERIAL PRIMARY KEY,
    update_id BIGINT NOT NULL,
    chat_id TEXT,
    body TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    handled_at BIGINT
);
CREATE INDEX telegram_inbox_update ON telegram_inbox (update_id, received_at);
CREATE INDEX telegram_inbox_pending ON telegram_inbox (handled_at, id);
CREATE INDEX telegram_inbox_chat ON telegram_inbox (chat_id);

CREATE TABLE phone_links (
    token_hash TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_by TEXT
);

CREATE TABLE service_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
