-- The add form's one-time id, so that a double submit adds the item once (like check-ins).
-- Items added before this migration have none; NULLs never collide in a unique index.
ALTER TABLE journal_item ADD COLUMN form_token VARCHAR(36);
CREATE UNIQUE INDEX journal_item_token_uq ON journal_item (account_id, form_token);
