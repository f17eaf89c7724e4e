-- Account basics: the language a person chose, whether their email is confirmed, and one-time
-- links (password reset, email confirmation, email change). Portable SQL: H2 2.x and PostgreSQL 15.

-- The language of pages and emails a person chose (en, fr); NULL: pages follow the browser.
ALTER TABLE account ADD COLUMN language VARCHAR(8);

-- Accounts made before verification existed, and every account made while mail is off, count as
-- confirmed. Sign-up with mail on makes unconfirmed ones, which cannot sign in yet.
ALTER TABLE account ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT TRUE;

-- One-time links. Only a SHA-256 of the token is kept, never the token itself; a link works once,
-- until it expires. new_email is the address an email change confirms.
CREATE SEQUENCE account_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account_token (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    account_id  BIGINT                   NOT NULL,
    purpose     VARCHAR(20)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    new_email   VARCHAR(254),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT account_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX account_token_account_idx ON account_token (account_id);
CREATE INDEX account_token_expires_idx ON account_token (expires_at);
