-- Outcomes: a patient's check-ins (0-10 measures, an optional note, optional red-flag answers),
-- a summary row a patient for the therapist's client table, and the patient's sharing choices.
CREATE SEQUENCE checkin_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE outcome_share_seq START WITH 1 INCREMENT BY 50;

-- One check-in. token is the form's one-time id, so a double submit saves once.
CREATE TABLE checkin (
    id              BIGINT NOT NULL PRIMARY KEY,
    account_id      BIGINT NOT NULL,
    taken_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    token           VARCHAR(36) NOT NULL,
    pain_now        INTEGER NOT NULL,
    peg_pain        INTEGER NOT NULL,
    peg_enjoyment   INTEGER NOT NULL,
    peg_activity    INTEGER NOT NULL,
    stress          INTEGER NOT NULL,
    sleep_quality   INTEGER NOT NULL,
    mood            INTEGER NOT NULL,
    note            VARCHAR(1000),
    flag_numbness   BOOLEAN NOT NULL DEFAULT FALSE,
    flag_bladder    BOOLEAN NOT NULL DEFAULT FALSE,
    flag_fever      BOOLEAN NOT NULL DEFAULT FALSE,
    flag_self_harm  BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT checkin_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT checkin_token_uq UNIQUE (account_id, token),
    CONSTRAINT checkin_range_ck CHECK (pain_now BETWEEN 0 AND 10 AND peg_pain BETWEEN 0 AND 10
        AND peg_enjoyment BETWEEN 0 AND 10 AND peg_activity BETWEEN 0 AND 10
        AND stress BETWEEN 0 AND 10 AND sleep_quality BETWEEN 0 AND 10 AND mood BETWEEN 0 AND 10)
);
CREATE INDEX checkin_account_idx ON checkin (account_id, taken_at);

-- Kept up to date at every check-in, so that the client table sorts by pain and its change in
-- the database: the baseline is the mean of the check-ins of the first 7 days.
CREATE TABLE checkin_summary (
    account_id      BIGINT NOT NULL PRIMARY KEY,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    baseline_count  INTEGER NOT NULL,
    baseline_pain   DOUBLE PRECISION NOT NULL,
    baseline_peg    DOUBLE PRECISION NOT NULL,
    latest_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_pain     INTEGER NOT NULL,
    latest_peg      DOUBLE PRECISION NOT NULL,
    CONSTRAINT checkin_summary_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX checkin_summary_latest_idx ON checkin_summary (latest_pain);

-- What a patient shares with which therapist (kind: CHECKINS, later the other outcome kinds).
-- Active while withdrawn_at is null; withdrawing hides the data at once.
CREATE TABLE outcome_share (
    id            BIGINT NOT NULL PRIMARY KEY,
    patient_id    BIGINT NOT NULL,
    therapist_id  BIGINT NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    shared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outcome_share_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT outcome_share_therapist_fk FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX outcome_share_pair_idx ON outcome_share (therapist_id, patient_id, kind, withdrawn_at);
CREATE INDEX outcome_share_patient_idx ON outcome_share (patient_id, withdrawn_at);

-- A notice can be about a patient (a red flag in a shared check-in): it goes with that patient.
ALTER TABLE notice ADD COLUMN patient_id BIGINT;
ALTER TABLE notice ADD CONSTRAINT notice_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE;
CREATE INDEX notice_patient_idx ON notice (account_id, patient_id, kind, read_at);
