-- "Discussed in session" for journal items: a therapist marks a client's shared journal item as
-- discussed, with an optional note the client reads on their journal page. One mark per therapist
-- and item; marking again updates it. Deleted with either account or with the item.
CREATE SEQUENCE journal_discussed_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE journal_discussed (
    id            BIGINT NOT NULL PRIMARY KEY,
    therapist_id  BIGINT NOT NULL,
    patient_id    BIGINT NOT NULL,
    item_id       BIGINT NOT NULL,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(1000),
    CONSTRAINT journal_discussed_therapist_fk FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT journal_discussed_patient_fk FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT journal_discussed_item_fk FOREIGN KEY (item_id) REFERENCES journal_item (id) ON DELETE CASCADE,
    CONSTRAINT journal_discussed_uq UNIQUE (therapist_id, item_id)
);
CREATE INDEX journal_discussed_patient_idx ON journal_discussed (patient_id, marked_at);
