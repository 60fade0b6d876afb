-- A case or ticket keeps the visitor's language (what they read) apart from
-- the language it is served in (who may take it): a Kriolu visitor may be
-- served in Portuguese when nobody who speaks Kriolu is on duty.
ALTER TABLE cases ADD COLUMN serve_lang TEXT NOT NULL DEFAULT '';
UPDATE cases SET serve_lang = lang;
ALTER TABLE tickets ADD COLUMN serve_lang TEXT NOT NULL DEFAULT '';
UPDATE tickets SET serve_lang = lang;
