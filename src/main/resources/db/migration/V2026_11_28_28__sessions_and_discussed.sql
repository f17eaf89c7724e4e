-- Before and after a session with a touch therapist: one row per note the patient writes. stage is
-- BEFORE (scale: how tense the body feels, words: what they hope for today) or AFTER (scale: how
-- the body feels now, words: what they will try at home). Deleted with the account.
CREATE SEQUENCE session_note_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE session_note (
    id          BIGINT NOT NULL PRIMARY KEY,
    patient_id  BIGINT NOT NULL,
    stage       VARCHAR(10) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    scale       INTEGER NOT NULL,
    words       VARCHAR(1000),
    CONSTRAINT session_note_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT session_note_scale_ck CHECK (scale >= 0 AND scale <= 10),
    CONSTRAINT session_note_stage_ck CHECK (stage IN ('BEFORE', 'AFTER'))
);
CREATE INDEX session_note_patient_idx ON session_note (patient_id, written_at);

-- "Discussed in session": a therapist marks a module as discussed with a client, with an optional
-- note the client reads. One mark per therapist, client and module; marking again updates it.
-- Deleted with either account.
CREATE SEQUENCE discussed_mark_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE discussed_mark (
    id            BIGINT NOT NULL PRIMARY KEY,
    therapist_id  BIGINT NOT NULL,
    patient_id    BIGINT NOT NULL,
    module_id     BIGINT NOT NULL,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(1000),
    CONSTRAINT discussed_mark_therapist_fk FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT discussed_mark_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT discussed_mark_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id),
    CONSTRAINT discussed_mark_uq UNIQUE (therapist_id, patient_id, module_id)
);
CREATE INDEX discussed_mark_patient_idx ON discussed_mark (patient_id, marked_at);
