-- Ids that are never given twice. SQLite needed its tables rebuilt with
-- AUTOINCREMENT for this; PostgreSQL's sequences never go back, even after
-- the rows with the highest ids are deleted. What is left is the SQLite
-- migration's last step: case numbers already deleted by retention or
-- erasure live on in the audit log, so new cases start above them.
SELECT setval(
    pg_get_serial_sequence('cases', 'id'),
    GREATEST(
        (SELECT COALESCE(MAX(id), 0) FROM cases),
        (SELECT COALESCE(MAX(case_id), 0) FROM audit)
    ) + 1,
    false
);
