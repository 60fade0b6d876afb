-- Account lifecycle and sign-in throttling.
--
-- A disabled account cannot sign in; its sessions are deleted when it is
-- disabled. Password reset links are single-use, stored as hashes, and
-- belong to one account. Failed sign-ins are one row each, keyed by a hash
-- of the lower-cased username typed, whether or not such an account exists
-- (so throttling tells nothing about which usernames exist, and no typed
-- text is kept); only the last hour's rows count, older ones are deleted.
-- The counter and lock columns they replace are dropped.
ALTER TABLE mediators ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE mediators DROP COLUMN failed_logins;
ALTER TABLE mediators DROP COLUMN locked_until;

CREATE TABLE reset_tokens (
    token_hash TEXT PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediators(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE login_failures (
    id BIGSERIAL PRIMARY KEY,
    account TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account, at);

-- The account an administrator's action was about (its username).
ALTER TABLE audit ADD COLUMN subject TEXT;
