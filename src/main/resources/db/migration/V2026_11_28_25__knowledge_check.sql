-- The knowledge check: one row per attempt, with each answer (T, F or N for "not sure", in the
-- order of the statements) and the number right. token is the form's one-time id, so a double
-- submit saves once. Deleted with the account.
CREATE SEQUENCE knowledge_check_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE knowledge_check (
    id          BIGINT NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    token       VARCHAR(36) NOT NULL,
    answers     VARCHAR(32) NOT NULL,
    correct     INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    CONSTRAINT knowledge_check_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT knowledge_check_token_uq UNIQUE (account_id, token),
    CONSTRAINT knowledge_check_score_ck CHECK (correct >= 0 AND correct <= total AND total > 0)
);
CREATE INDEX knowledge_check_account_idx ON knowledge_check (account_id, taken_at);
