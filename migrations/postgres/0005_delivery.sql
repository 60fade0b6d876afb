-- What became of each message to a visitor, for the console: why one was
-- given up on, as a stable code the console words in the mediator's
-- language (blocked, unreachable, too_long, refused).
ALTER TABLE outbox ADD COLUMN failure TEXT;
CREATE INDEX outbox_case ON outbox (case_id, id);
