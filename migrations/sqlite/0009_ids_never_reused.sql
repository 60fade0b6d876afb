-- no-transaction
-- Ids that are never given twice: after retention deleted case 1, a new
-- case got id 1 again while the audit log still said "erased case 1".
-- AUTOINCREMENT keeps the highest id ever used (in sqlite_sequence), so
-- every table whose ids are shown, linked or audited is rebuilt with it,
-- keeping its rows. SQLite cannot add AUTOINCREMENT to a table, hence the
-- rebuild; dropping a table with foreign keys on would delete the rows
-- that refer to it, so they are off for the rebuild (which is why this
-- migration manages its own transaction). Column order is kept, so a
-- column added before this migration and not listed here fails the copy
-- loudly instead of being lost.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE visitors_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    lang TEXT NOT NULL,
    blocked INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    UNIQUE (channel, address)
);
INSERT INTO visitors_new SELECT * FROM visitors;
DROP TABLE visitors;
ALTER TABLE visitors_new RENAME TO visitors;

CREATE TABLE cases_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT NOT NULL,
    article TEXT,
    site TEXT,
    status TEXT NOT NULL,
    mediator_id INTEGER REFERENCES mediators(id) ON DELETE SET NULL,
    target_mediator INTEGER REFERENCES mediators(id) ON DELETE SET NULL,
    context TEXT NOT NULL,
    left_message INTEGER NOT NULL DEFAULT 0,
    queued_at INTEGER NOT NULL,
    claimed_at INTEGER,
    closed_at INTEGER,
    outcome TEXT,
    rating INTEGER,
    created_at INTEGER NOT NULL,
    serve_lang TEXT NOT NULL DEFAULT ''
);
INSERT INTO cases_new SELECT * FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_status ON cases (status, queued_at);
CREATE INDEX cases_visitor ON cases (visitor_id);

CREATE TABLE files_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO files_new SELECT * FROM files;
DROP TABLE files;
ALTER TABLE files_new RENAME TO files;

CREATE TABLE messages_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    mediator_id INTEGER REFERENCES mediators(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
    dedup_key TEXT UNIQUE,
    created_at INTEGER NOT NULL
);
INSERT INTO messages_new SELECT * FROM messages;
DROP TABLE messages;
ALTER TABLE messages_new RENAME TO messages;
CREATE INDEX messages_case ON messages (case_id, id);

CREATE TABLE tickets_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site TEXT NOT NULL,
    service TEXT NOT NULL,
    day TEXT NOT NULL,
    seq INTEGER NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT,
    kiosk TEXT,
    status TEXT NOT NULL,
    mediator_id INTEGER REFERENCES mediators(id) ON DELETE SET NULL,
    counter TEXT,
    calls INTEGER NOT NULL DEFAULT 0,
    issued_at INTEGER NOT NULL,
    called_at INTEGER,
    serve_lang TEXT NOT NULL DEFAULT '',
    UNIQUE (site, service, day, seq)
);
INSERT INTO tickets_new SELECT * FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_new RENAME TO tickets;
CREATE INDEX tickets_site ON tickets (site, status, issued_at);

CREATE TABLE events_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    site TEXT,
    mediator_id INTEGER,
    lang TEXT,
    topic TEXT,
    detail TEXT NOT NULL,
    at INTEGER NOT NULL
);
INSERT INTO events_new SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;

CREATE TABLE outbox_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'abandoned')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    failure TEXT
);
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (status, visitor_id, id);
CREATE INDEX outbox_case ON outbox (case_id, id);

CREATE TABLE telegram_trail_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    visitor_id INTEGER NOT NULL REFERENCES visitors (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('read', 'searched')),
    item TEXT NOT NULL,
    -- The update that added it: handling an update again adds nothing.
    update_key TEXT NOT NULL,
    at INTEGER NOT NULL,
    UNIQUE (update_key, kind, item)
);
INSERT INTO telegram_trail_new SELECT * FROM telegram_trail;
DROP TABLE telegram_trail;
ALTER TABLE telegram_trail_new RENAME TO telegram_trail;
CREATE INDEX telegram_trail_visitor ON telegram_trail (visitor_id, at);
CREATE INDEX telegram_trail_at ON telegram_trail (at);

-- Case numbers already deleted by retention or erasure live on in the
-- audit log: new cases start above them.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'cases', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'cases');
UPDATE sqlite_sequence
SET seq = MAX(seq, (SELECT COALESCE(MAX(case_id), 0) FROM audit))
WHERE name = 'cases';

COMMIT;
PRAGMA foreign_keys = ON;
