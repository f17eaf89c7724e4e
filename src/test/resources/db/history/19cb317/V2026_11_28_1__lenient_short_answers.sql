-- Short answers may accept small slips (case, punctuation, one wrong letter in longer words), per
-- question. Existing questions keep exact matching; a published version keeps the setting it had,
-- so submitted attempts are never regraded.
ALTER TABLE quiz_question ADD COLUMN lenient_match BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE quiz_version_question ADD COLUMN lenient_match BOOLEAN NOT NULL DEFAULT FALSE;

-- Choices are shuffled by default now, in existing quizzes too (an educator may turn it off).
UPDATE quiz SET shuffle_choices = TRUE;
