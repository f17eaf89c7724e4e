-- A notice may be about another account (a therapist is told that a client ended the link). The
-- notice goes when that account is deleted, so no name of a deleted person stays behind.
ALTER TABLE notice ADD COLUMN about_account_id BIGINT;
ALTER TABLE notice ADD CONSTRAINT notice_about_account_fk
    FOREIGN KEY (about_account_id) REFERENCES account (id) ON DELETE CASCADE;
CREATE INDEX notice_about_account_idx ON notice (about_account_id);
