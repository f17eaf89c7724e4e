-- Indexes for the foreign keys that had none on PostgreSQL (H2 makes one for every foreign key by
-- itself; PostgreSQL does not). Without them, deleting an account, an assignment or a journal item
-- scans the referring table whole. PostgresMigrationsIT listed them.
CREATE INDEX assignment_module_idx ON assignment (module_id);
CREATE INDEX booster_module_idx ON booster (module_id);
CREATE INDEX discussed_mark_module_idx ON discussed_mark (module_id);
CREATE INDEX invitation_used_by_idx ON invitation (used_by);
CREATE INDEX journal_discussed_item_idx ON journal_discussed (item_id);
CREATE INDEX lesson_visit_page_idx ON lesson_visit (page_id);
CREATE INDEX module_completion_module_idx ON module_completion (module_id);
CREATE INDEX notice_assignment_idx ON notice (assignment_id);
CREATE INDEX notice_patient_fk_idx ON notice (patient_id);
CREATE INDEX page_progress_module_idx ON page_progress (module_id);
CREATE INDEX page_progress_page_idx ON page_progress (page_id);
CREATE INDEX quiz_attempt_quiz_idx ON quiz_attempt (quiz_id);
CREATE INDEX quiz_version_published_by_idx ON quiz_version (published_by);
