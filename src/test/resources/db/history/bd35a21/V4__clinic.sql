-- The clinic side: therapist-client links, invitations, assignments, notices and reminders.
CREATE SEQUENCE care_link_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE assignment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50;

-- A therapist follows a patient while the link is active (unlinked_at is null).
CREATE TABLE care_link (
    id            BIGINT NOT NULL PRIMARY KEY,
    therapist_id  BIGINT NOT NULL,
    patient_id    BIGINT NOT NULL,
    linked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    unlinked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT care_link_therapist_fk FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT care_link_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX care_link_therapist_idx ON care_link (therapist_id, unlinked_at);
CREATE INDEX care_link_patient_idx ON care_link (patient_id, unlinked_at);

-- A one-time invitation code with an expiry.
CREATE TABLE invitation (
    id            BIGINT NOT NULL PRIMARY KEY,
    therapist_id  BIGINT NOT NULL,
    code          VARCHAR(16) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    used_by       BIGINT,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT invitation_therapist_fk FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT invitation_used_by_fk FOREIGN KEY (used_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT invitation_code_uk UNIQUE (code)
);
CREATE INDEX invitation_therapist_idx ON invitation (therapist_id, created_at);

-- A module that a therapist asked a client to read, with a due date and a note.
CREATE TABLE assignment (
    id            BIGINT NOT NULL PRIMARY KEY,
    therapist_id  BIGINT NOT NULL,
    patient_id    BIGINT NOT NULL,
    module_id     BIGINT NOT NULL,
    due_on        DATE NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT assignment_therapist_fk FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT assignment_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT assignment_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id)
);
CREATE INDEX assignment_therapist_patient_idx ON assignment (therapist_id, patient_id);
CREATE INDEX assignment_patient_idx ON assignment (patient_id, withdrawn_at);
CREATE INDEX assignment_due_idx ON assignment (due_on, withdrawn_at);

-- In-app notices for a user.
CREATE TABLE notice (
    id            BIGINT NOT NULL PRIMARY KEY,
    account_id    BIGINT NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    assignment_id BIGINT,
    text          VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notice_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT notice_assignment_fk FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE
);
CREATE INDEX notice_account_idx ON notice (account_id, read_at);

-- At most one reminder per assignment and kind, whatever the number of nodes or restarts:
-- a node inserts the row first and sends only if the insert succeeded.
CREATE TABLE reminder_sent (
    assignment_id BIGINT NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_sent_pk PRIMARY KEY (assignment_id, kind),
    CONSTRAINT reminder_sent_assignment_fk FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE
);

-- Modules a learner has completed (every page read, and the quiz passed when there is one).
CREATE TABLE module_completion (
    account_id    BIGINT NOT NULL,
    module_id     BIGINT NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT module_completion_pk PRIMARY KEY (account_id, module_id),
    CONSTRAINT module_completion_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT module_completion_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id)
);

-- One row a learner, kept up to date as they read and take quizzes, so that a therapist's
-- client table sorts and pages in the database.
CREATE TABLE learner_activity (
    account_id       BIGINT NOT NULL PRIMARY KEY,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_score     INTEGER,
    seconds_spent    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT learner_activity_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX learner_activity_last_idx ON learner_activity (last_activity_at);
