-- The outbox worker asks when the next message falls due after every
-- round; in this order that is the first entry instead of a scan of every
-- pending message.
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
