-- Work only one instance may do at a time (polling Telegram): who holds it
-- and until when (milliseconds since 1970, by the database's clock, so the
-- instances' own clocks need not agree). A holder that stops renewing loses
-- it when it expires.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
