-- Throttling of failed sign-ins and of sign-ups, per account and per client address. One row per
-- kind and key (the key is a SHA-256 of the email or the address, so no address or unknown email
-- is stored in clear). Kept in the database so that every node of a cluster sees the same counts.
CREATE TABLE throttle (
    kind          VARCHAR(20)              NOT NULL,
    subject       VARCHAR(64)              NOT NULL,
    failures      INTEGER                  NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_throttle PRIMARY KEY (kind, subject)
);

-- Stale rows (their window over and no block left) are deleted by age.
CREATE INDEX ix_throttle_window_start ON throttle (window_start);
