-- Lessons (loaded from lessons/ at start-up) and each learner's reading progress.
CREATE SEQUENCE lesson_module_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE lesson_page_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE page_progress_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE lesson_module (
    id            BIGINT        NOT NULL PRIMARY KEY,
    slug          VARCHAR(80)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    summary       VARCHAR(1000) NOT NULL,
    position      INTEGER       NOT NULL,
    minutes       INTEGER       NOT NULL,
    objectives    VARCHAR(4000) NOT NULL,
    key_points    VARCHAR(4000) NOT NULL,
    safety        VARCHAR(1000) NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT lesson_module_slug_uk UNIQUE (slug)
);

CREATE TABLE lesson_page (
    id            BIGINT        NOT NULL PRIMARY KEY,
    module_id     BIGINT        NOT NULL,
    slug          VARCHAR(80)   NOT NULL,
    position      INTEGER       NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    minutes       INTEGER       NOT NULL,
    html          VARCHAR(200000) NOT NULL,
    key_points    VARCHAR(4000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT lesson_page_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id),
    CONSTRAINT lesson_page_slug_uk UNIQUE (module_id, slug)
);

-- A page counts as read once; the first time is kept.
CREATE TABLE page_progress (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    page_id       BIGINT        NOT NULL,
    module_id     BIGINT        NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT page_progress_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT page_progress_page_fk FOREIGN KEY (page_id) REFERENCES lesson_page (id) ON DELETE CASCADE,
    CONSTRAINT page_progress_module_fk FOREIGN KEY (module_id) REFERENCES lesson_module (id),
    CONSTRAINT page_progress_uk UNIQUE (account_id, page_id)
);
CREATE INDEX page_progress_account_module_idx ON page_progress (account_id, module_id);

-- Where each learner was last, for "continue where you left off".
CREATE TABLE lesson_visit (
    account_id    BIGINT        NOT NULL PRIMARY KEY,
    page_id       BIGINT        NOT NULL,
    visited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lesson_visit_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT lesson_visit_page_fk FOREIGN KEY (page_id) REFERENCES lesson_page (id) ON DELETE CASCADE
);
