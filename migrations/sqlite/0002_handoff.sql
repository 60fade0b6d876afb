-- The hand-off: mediators, sessions, visitors, cases, messages, files,
-- events, the outbox, tickets, and anonymous statistics.
-- Times are Unix milliseconds (UTC); lists are space-separated codes.

CREATE TABLE mediators (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('mediator', 'admin')),
    languages TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    services TEXT NOT NULL DEFAULT '',
    ui_lang TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE presence (
    mediator_id INTEGER PRIMARY KEY REFERENCES mediators(id) ON DELETE CASCADE,
    site TEXT,
    counter TEXT,
    available INTEGER NOT NULL,
    since INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    mediator_id INTEGER NOT NULL REFERENCES mediators(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    hard_expires_at INTEGER NOT NULL
);

CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);

-- Who opened which case: no visitor data, and no foreign key, so it
-- outlives retention and erasure.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    mediator_id INTEGER,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id INTEGER
);

CREATE TABLE visitors (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    lang TEXT NOT NULL,
    blocked INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    UNIQUE (channel, address)
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
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
    created_at INTEGER NOT NULL
);
CREATE INDEX cases_status ON cases (status, queued_at);
CREATE INDEX cases_visitor ON cases (visitor_id);

CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    mediator_id INTEGER REFERENCES mediators(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
    dedup_key TEXT UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE INDEX messages_case ON messages (case_id, id);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
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
    UNIQUE (site, service, day, seq)
);
CREATE INDEX tickets_site ON tickets (site, status, issued_at);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
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

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'abandoned')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_pending ON outbox (status, visitor_id, id);

-- Anonymous, day-level: kept after the cases are deleted.
CREATE TABLE stat_cases (
    day TEXT NOT NULL,
    site TEXT,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT NOT NULL,
    service TEXT,
    wait_secs INTEGER NOT NULL
);
CREATE INDEX stat_cases_day ON stat_cases (day);

CREATE TABLE stat_ratings (
    day TEXT NOT NULL,
    site TEXT,
    topic TEXT NOT NULL,
    service TEXT,
    rating INTEGER NOT NULL
);

CREATE TABLE article_feedback (
    day TEXT NOT NULL,
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    helpful INTEGER NOT NULL
);
