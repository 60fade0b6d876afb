-- The search that led a reader to an article they marked not helpful, so
-- its editors see what people were looking for. Typed text: cleared with
-- the search misses when the retention period ends.
ALTER TABLE article_feedback ADD COLUMN query TEXT;
