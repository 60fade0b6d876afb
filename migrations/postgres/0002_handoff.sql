-- The hand-off: mediators, sessions, visitors, cases, messages, files,
-- events, the outbox, tickets, and anonymous statistics.
-- Times are Unix milliseconds (UTC); lists are space-separated codes.

CREATE TABLE mediators (
    id BIGSERIAL PRIMARY KEY,
    -- Unique without regard to case (SQLite's COLLATE NOCASE): see the
    -- index below; queries compare lower(username).
    username TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('mediator', 'admin')),
    languages TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    services TEXT NOT NULL DEFAULT '',
    ui_lang TEXT NOT NULL,
    failed_logins BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX mediators_username ON mediators (lower(username));

CREATE TABLE presence (
    mediator_id BIGINT PRIMARY KEY REFERENCES mediators(id) ON DELETE CASCADE,
    site TEXT,
    counter TEXT,
    available BOOLEAN NOT NULL,
    since BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediators(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    hard_expires_at BIGINT NOT NULL
);

CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL,
    used BOOLEAN NOT NULL DEFAULT FALSE
);

-- Who opened which case: no visitor data, and no foreign key, so it
-- outlives retention and erasure.
CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    mediator_id BIGINT,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id BIGINT
);

CREATE TABLE visitors (
    id BIGSERIAL PRIMARY KEY,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    lang TEXT NOT NULL,
    blocked BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    UNIQUE (channel, address)
);

CREATE TABLE cases (
    id BIGSERIAL PRIMARY KEY,
    visitor_id BIGINT NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT NOT NULL,
    article TEXT,
    site TEXT,
    status TEXT NOT NULL,
    mediator_id BIGINT REFERENCES mediators(id) ON DELETE SET NULL,
    target_mediator BIGINT REFERENCES mediators(id) ON DELETE SET NULL,
    context TEXT NOT NULL,
    left_message BOOLEAN NOT NULL DEFAULT FALSE,
    queued_at BIGINT NOT NULL,
    claimed_at BIGINT,
    closed_at BIGINT,
    outcome TEXT,
    rating BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX cases_status ON cases (status, queued_at);
CREATE INDEX cases_visitor ON cases (visitor_id);

CREATE TABLE files (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE messages (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    mediator_id BIGINT REFERENCES mediators(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    file_id BIGINT REFERENCES files(id) ON DELETE SET NULL,
    dedup_key TEXT UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX messages_case ON messages (case_id, id);

CREATE TABLE tickets (
    id BIGSERIAL PRIMARY KEY,
    site TEXT NOT NULL,
    service TEXT NOT NULL,
    day TEXT NOT NULL,
    seq BIGINT NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT,
    kiosk TEXT,
    status TEXT NOT NULL,
    mediator_id BIGINT REFERENCES mediators(id) ON DELETE SET NULL,
    counter TEXT,
    calls BIGINT NOT NULL DEFAULT 0,
    issued_at BIGINT NOT NULL,
    called_at BIGINT,
    UNIQUE (site, service, day, seq)
);
CREATE INDEX tickets_site ON tickets (site, status, issued_at);

CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    case_id BIGINT REFERENCES cases(id) ON DELETE CASCADE,
    ticket_id BIGINT REFERENCES tickets(id) ON DELETE CASCADE,
    site TEXT,
    mediator_id BIGINT,
    lang TEXT,
    topic TEXT,
    detail TEXT NOT NULL,
    at BIGINT NOT NULL
);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    visitor_id BIGINT NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    case_id BIGINT REFERENCES cases(id) ON DELETE CASCADE,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'abandoned')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_pending ON outbox (status, visitor_id, id);

-- Anonymous, day-level: kept after the cases are deleted.
CREATE TABLE stat_cases (
    -- SQLite's implicit rowid, which orders the most recent waits.
    id BIGSERIAL PRIMARY KEY,
    day TEXT NOT NULL,
    site TEXT,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT NOT NULL,
    service TEXT,
    wait_secs BIGINT NOT NULL
);
CREATE INDEX stat_cases_day ON stat_cases (day);

CREATE TABLE stat_ratings (
    day TEXT NOT NULL,
    site TEXT,
    topic TEXT NOT NULL,
    service TEXT,
    rating BIGINT NOT NULL
);

CREATE TABLE article_feedback (
    day TEXT NOT NULL,
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    helpful BOOLEAN NOT NULL
);
