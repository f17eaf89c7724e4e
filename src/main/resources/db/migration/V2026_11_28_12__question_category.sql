-- The category of a question, as GIFT ($CATEGORY:) and Moodle XML (category questions) name it,
-- kept so that an export writes it back. Empty for questions that have none; a published version
-- keeps the category its question had.
ALTER TABLE quiz_question ADD COLUMN category VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE quiz_version_question ADD COLUMN category VARCHAR(255) NOT NULL DEFAULT '';
