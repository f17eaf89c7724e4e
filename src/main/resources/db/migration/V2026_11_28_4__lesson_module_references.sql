-- What the first V2 lacked. V2 was edited after it was released (commit f4a3c6f added
-- references_html), so databases made with the first V2 have no such column. V2 is never edited
-- again: this migration adds the column where it is missing and does nothing where V2 made it.
-- DatabaseMigration accepts the first V2's checksum for version 2 (and only that one).
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
ALTER TABLE lesson_module ADD COLUMN IF NOT EXISTS references_html VARCHAR(20000) DEFAULT '' NOT NULL;

-- The default only filled the rows that were there; the column has none, as V2 defines it.
ALTER TABLE lesson_module ALTER COLUMN references_html DROP DEFAULT;

-- A module without references is loaded again at the next start-up (another content hash), so
-- one that lacked the column gets its references from lessons/; its pages are updated in place,
-- and progress keeps pointing at them.
UPDATE lesson_module SET content_hash = '' WHERE references_html = '';
