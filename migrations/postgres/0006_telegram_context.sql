-- What the bot remembers of a Telegram conversation, for a short while and
-- only to help the user: the language their messages are written in (a
-- case opens in it), and what they read and searched (shown to the
-- mediator when they ask for a person). Both go with the visitor row, on
-- /forget and by retention; the trail is also cut after a day.

CREATE TABLE telegram_talk (
    visitor_id BIGINT PRIMARY KEY REFERENCES visitors (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    at BIGINT NOT NULL
);

CREATE TABLE telegram_trail (
    id BIGSERIAL PRIMARY KEY,
    visitor_id BIGINT NOT NULL REFERENCES visitors (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('read', 'searched')),
    item TEXT NOT NULL,
    -- The update that added it: handling an update again adds nothing.
    update_key TEXT NOT NULL,
    at BIGINT NOT NULL,
    UNIQUE (update_key, kind, item)
);
CREATE INDEX telegram_trail_visitor ON telegram_trail (visitor_id, at);
CREATE INDEX telegram_trail_at ON telegram_trail (at);
