-- Quizzes: one per module, an editable question bank, immutable published versions, attempts.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE quiz_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_question_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_choice_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_version_question_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_version_choice_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_attempt_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_answer_seq START WITH 1 INCREMENT BY 50;

-- The quiz of a module and its settings. latest_version is 0 until the first publish.
CREATE TABLE quiz (
    id                BIGINT       NOT NULL PRIMARY KEY,
    module_id         BIGINT       NOT NULL,
    pass_mark         INTEGER      NOT NULL,
    max_attempts      INTEGER,
    grading           VARCHAR(10)  NOT NULL,
    shuffle_questions BOOLEAN      NOT NULL,
    shuffle_choices   BOOLEAN      NOT NULL,
    feedback_mode     VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    latest_version    INTEGER      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT quiz_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id),
    CONSTRAINT quiz_module_uk UNIQUE (module_id)
);

-- The question bank that educators edit.
CREATE TABLE quiz_question (
    id            BIGINT        NOT NULL PRIMARY KEY,
    quiz_id       BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    type          VARCHAR(20)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    stem          VARCHAR(4000) NOT NULL,
    text_format   VARCHAR(10)   NOT NULL,
    explanation   VARCHAR(4000) NOT NULL,
    page_slug     VARCHAR(80)   NOT NULL,
    page_anchor   VARCHAR(120)  NOT NULL,
    concept_tag   VARCHAR(80)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT quiz_question_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id)
);
CREATE INDEX quiz_question_quiz_idx ON quiz_question (quiz_id, position);

CREATE TABLE quiz_choice (
    id            BIGINT        NOT NULL PRIMARY KEY,
    question_id   BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    match_text    VARCHAR(1000) NOT NULL,
    weight        DECIMAL(9,5)  NOT NULL,
    feedback      VARCHAR(2000) NOT NULL,
    concept_tag   VARCHAR(80)   NOT NULL,
    numeric_value DECIMAL(24,8),
    tolerance     DECIMAL(24,8),
    CONSTRAINT quiz_choice_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE
);
CREATE INDEX quiz_choice_question_idx ON quiz_choice (question_id, position);

-- A published version: a frozen copy of the bank. Rows are never updated.
CREATE TABLE quiz_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    quiz_id       BIGINT        NOT NULL,
    number        INTEGER       NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  BIGINT,
    CONSTRAINT quiz_version_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT quiz_version_published_by_fk FOREIGN KEY (published_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT quiz_version_uk UNIQUE (quiz_id, number)
);

CREATE TABLE quiz_version_question (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    quiz_version_id    BIGINT        NOT NULL,
    source_question_id BIGINT,
    position           INTEGER       NOT NULL,
    type               VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    stem               VARCHAR(4000) NOT NULL,
    text_format        VARCHAR(10)   NOT NULL,
    explanation        VARCHAR(4000) NOT NULL,
    page_slug          VARCHAR(80)   NOT NULL,
    page_anchor        VARCHAR(120)  NOT NULL,
    concept_tag        VARCHAR(80)   NOT NULL,
    CONSTRAINT quiz_version_question_version_fk FOREIGN KEY (quiz_version_id) REFERENCES quiz_version (id)
);
CREATE INDEX quiz_version_question_version_idx ON quiz_version_question (quiz_version_id, position);

CREATE TABLE quiz_version_choice (
    id            BIGINT        NOT NULL PRIMARY KEY,
    question_id   BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    match_text    VARCHAR(1000) NOT NULL,
    weight        DECIMAL(9,5)  NOT NULL,
    feedback      VARCHAR(2000) NOT NULL,
    concept_tag   VARCHAR(80)   NOT NULL,
    numeric_value DECIMAL(24,8),
    tolerance     DECIMAL(24,8),
    CONSTRAINT quiz_version_choice_question_fk FOREIGN KEY (question_id) REFERENCES quiz_version_question (id)
);
CREATE INDEX quiz_version_choice_question_idx ON quiz_version_choice (question_id, position);

-- One try at a quiz. number counts a learner's attempts at one quiz; the unique key makes two
-- concurrent starts fail instead of giving an extra attempt.
CREATE TABLE quiz_attempt (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    quiz_id         BIGINT        NOT NULL,
    quiz_version_id BIGINT        NOT NULL,
    number          INTEGER       NOT NULL,
    question_order  VARCHAR(2000) NOT NULL,
    shuffle_seed    BIGINT        NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    score_percent   INTEGER,
    passed          BOOLEAN,
    CONSTRAINT quiz_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT quiz_attempt_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT quiz_attempt_version_fk FOREIGN KEY (quiz_version_id) REFERENCES quiz_version (id),
    CONSTRAINT quiz_attempt_uk UNIQUE (account_id, quiz_id, number)
);
CREATE INDEX quiz_attempt_version_idx ON quiz_attempt (quiz_version_id, submitted_at);

-- One saved answer of an attempt. checked: the learner has seen its feedback (immediate mode),
-- so it can no longer change.
CREATE TABLE quiz_answer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    attempt_id    BIGINT        NOT NULL,
    question_id   BIGINT        NOT NULL,
    response      VARCHAR(4000) NOT NULL,
    checked       BOOLEAN       NOT NULL,
    score         DECIMAL(7,4),
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quiz_answer_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT quiz_answer_question_fk FOREIGN KEY (question_id) REFERENCES quiz_version_question (id),
    CONSTRAINT quiz_answer_uk UNIQUE (attempt_id, question_id)
);
CREATE INDEX quiz_answer_question_idx ON quiz_answer (question_id);
