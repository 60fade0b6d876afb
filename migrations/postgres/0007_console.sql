-- The audit log: the console session an entry was made in (the hash of its
-- token, which ends with the session), so that opening a case again within
-- half an hour in the same session is one entry, not one per live refresh;
-- and an index for what happened to one case.
ALTER TABLE audit ADD COLUMN session TEXT;
CREATE INDEX audit_case ON audit (case_id, action, at);
