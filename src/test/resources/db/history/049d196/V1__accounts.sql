-- Accounts. Portable SQL: runs on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_uk UNIQUE (email)
);

CREATE INDEX account_role_idx ON account (role);
CREATE INDEX account_display_name_idx ON account (display_name);
