-- The danger and safety journal: a patient's "danger in me" and "safety in me" items, each with a
-- category and a short text of their own. Removing an item stamps removed_at (so the balance over
-- time stays true); the rows go with the account.
CREATE SEQUENCE journal_item_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE journal_item (
    id          BIGINT NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    side        VARCHAR(10) NOT NULL,
    category    VARCHAR(20) NOT NULL,
    item_text   VARCHAR(200) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT journal_item_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT journal_item_side_ck CHECK (side IN ('DANGER', 'SAFETY'))
);
CREATE INDEX journal_item_account_idx ON journal_item (account_id, added_at);
