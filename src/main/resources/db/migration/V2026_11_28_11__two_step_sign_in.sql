-- Two-step sign-in (TOTP, RFC 6238) and its recovery codes. Portable SQL: H2 2.x and PostgreSQL 15.

-- One row per account that has two-step settings: the secret once it is turned on (encrypted when
-- painwise.twoStep.key is set, see account.SecretCipher), the last time step whose code was used
-- (a code never works twice), and whether the account signs in without it (the demo and benchmark
-- accounts). No row: off, and asked for by the role's rule.
CREATE TABLE two_step (
    account_id  BIGINT                   NOT NULL PRIMARY KEY,
    secret      VARCHAR(200),
    enabled_at  TIMESTAMP WITH TIME ZONE,
    last_step   BIGINT,
    exempt      BOOLEAN                  NOT NULL DEFAULT FALSE,
    version     BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT two_step_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Ten one-time recovery codes per account, stored only as salted SHA-256 hashes.
CREATE SEQUENCE recovery_code_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE recovery_code (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    account_id  BIGINT                   NOT NULL,
    code_hash   VARCHAR(100)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX recovery_code_account_idx ON recovery_code (account_id);
