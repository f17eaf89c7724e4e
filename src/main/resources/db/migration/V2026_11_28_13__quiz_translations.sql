-- Quizzes in more than one language (issue 16): one bank, written in English, whose questions may
-- be translated. A translation gives a question's texts in another language, answer by answer in
-- the English order, except that a short answer's accepted answers are its own (a translation may
-- accept more of them). Published versions freeze the translations that were up to date, as they
-- freeze the questions. Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- The language an attempt is taken in; its review shows that language. Older attempts are English.
ALTER TABLE quiz_attempt ADD COLUMN lang VARCHAR(8) DEFAULT 'en' NOT NULL;

-- The English text of a bank question is out of date when a translation was changed after it.
ALTER TABLE quiz_question ADD COLUMN text_out_of_date BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE quiz_question_text_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quiz_version_question_text_seq START WITH 1 INCREMENT BY 50;

-- A bank question's texts in one language. out_of_date: the English question changed after it.
CREATE TABLE quiz_question_text (
    id           BIGINT        NOT NULL PRIMARY KEY,
    question_id  BIGINT        NOT NULL,
    lang         VARCHAR(8)    NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    stem         VARCHAR(4000) NOT NULL,
    explanation  VARCHAR(4000) NOT NULL,
    out_of_date  BOOLEAN       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT quiz_question_text_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE,
    CONSTRAINT quiz_question_text_uk UNIQUE (question_id, lang)
);

-- Its answers, at the positions of the English answers (a short answer's: its own list). The weight
-- counts only for short answers; the other types keep the English question's weights.
CREATE TABLE quiz_question_text_choice (
    question_text_id BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    text             VARCHAR(1000) NOT NULL,
    match_text       VARCHAR(1000) NOT NULL,
    feedback         VARCHAR(2000) NOT NULL,
    weight           DECIMAL(9,5)  NOT NULL,
    CONSTRAINT quiz_question_text_choice_pk PRIMARY KEY (question_text_id, position),
    CONSTRAINT quiz_question_text_choice_fk FOREIGN KEY (question_text_id) REFERENCES quiz_question_text (id) ON DELETE CASCADE
);

-- A published question's texts in one language, as they were when the version was published.
CREATE TABLE quiz_version_question_text (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version_question_id BIGINT        NOT NULL,
    lang                VARCHAR(8)    NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    stem                VARCHAR(4000) NOT NULL,
    explanation         VARCHAR(4000) NOT NULL,
    CONSTRAINT quiz_version_question_text_question_fk FOREIGN KEY (version_question_id) REFERENCES quiz_version_question (id),
    CONSTRAINT quiz_version_question_text_uk UNIQUE (version_question_id, lang)
);

CREATE TABLE quiz_version_question_text_choice (
    version_question_text_id BIGINT        NOT NULL,
    position                 INTEGER       NOT NULL,
    text                     VARCHAR(1000) NOT NULL,
    match_text               VARCHAR(1000) NOT NULL,
    feedback                 VARCHAR(2000) NOT NULL,
    weight                   DECIMAL(9,5)  NOT NULL,
    CONSTRAINT quiz_version_question_text_choice_pk PRIMARY KEY (version_question_text_id, position),
    CONSTRAINT quiz_version_question_text_choice_fk FOREIGN KEY (version_question_text_id) REFERENCES quiz_version_question_text (id)
);
