-- Boosters (issue 14): a short re-check 4 and 12 weeks after a module is completed, drawn from the
-- module's published quiz. One result per patient, module and booster; it goes with the account.
CREATE SEQUENCE booster_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE booster (
    id              BIGINT NOT NULL PRIMARY KEY,
    account_id      BIGINT NOT NULL,
    module_id       BIGINT NOT NULL,
    weeks           INTEGER NOT NULL,
    taken_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    score_percent   INTEGER NOT NULL,
    question_count  INTEGER NOT NULL,
    language        VARCHAR(8) NOT NULL,
    CONSTRAINT booster_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT booster_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id),
    CONSTRAINT booster_once_uq UNIQUE (account_id, module_id, weeks),
    CONSTRAINT booster_weeks_ck CHECK (weeks IN (4, 12)),
    CONSTRAINT booster_score_ck CHECK (score_percent >= 0 AND score_percent <= 100 AND question_count > 0)
);

-- Patients who asked to be reminded daily to check in (off unless a row is here).
CREATE TABLE checkin_reminder (
    account_id  BIGINT NOT NULL PRIMARY KEY,
    opted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT checkin_reminder_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- The ledger of reminders that are about a person, not an assignment: at most one per person,
-- kind and day; the primary key makes a claim unique across nodes.
CREATE TABLE reminder_daily (
    account_id  BIGINT NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    sent_on     DATE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_daily_pk PRIMARY KEY (account_id, kind, sent_on),
    CONSTRAINT reminder_daily_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
