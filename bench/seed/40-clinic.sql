-- Seed: the clinic side (V4__clinic.sql). Needs the reading progress (20-lesson-progress.sql) and
-- the quiz attempts (30-quiz.sql).
--
-- * module_completion: every page of the module read and its quiz passed (every module has a
--   quiz once the starter quizzes are published; a module without one needs the pages only).
-- * learner_activity, one row for every bench patient: last activity up to 30 days ago (all
--   different), the score of the latest submitted attempt for those with one, time spent from
--   the pages read and the attempts.
-- * care_link: bench-therapist-1 follows bench-patient-1 .. 1000 (all patients when there are
--   fewer, as in --smoke), and used to follow the next 20 (unlinked 10 days ago). Every other
--   therapist follows 5 patients from 1001 on (wrapping round when there are too few).
-- * assignment: each active client has 1 to 3 modules assigned (module positions 1 .. 1 + n mod
--   3), due from 3 weeks ago to 3 weeks ahead: some done (the module is complete), some overdue,
--   some under way; every 17th client had its first one withdrawn. Each has a note.
--
-- Ids are far above what the app's sequences hand out, and the sequences move past them.
CREATE LOCAL TEMPORARY TABLE bench_patient AS
SELECT a.id AS account_id, a.id - 1000000 AS n,
       CURRENT_TIMESTAMP - MOD((a.id - 1000000) * 7919, 43200) * INTERVAL '1' MINUTE AS last_activity
FROM account a
WHERE a.id BETWEEN 1000001 AND 1000000 + @patients;

INSERT INTO module_completion (account_id, module_id, completed_at)
SELECT pp.account_id, pp.module_id,
       GREATEST(MAX(pp.read_at), COALESCE((SELECT MIN(t.submitted_at) FROM quiz_attempt t
           JOIN quiz q ON q.id = t.quiz_id
           WHERE t.account_id = pp.account_id AND q.module_id = pp.module_id
             AND t.passed AND t.submitted_at IS NOT NULL), MAX(pp.read_at)))
FROM page_progress pp
WHERE pp.account_id BETWEEN 1000001 AND 1000000 + @patients
GROUP BY pp.account_id, pp.module_id
HAVING COUNT(*) = (SELECT COUNT(*) FROM lesson_page p WHERE p.module_id = pp.module_id)
   AND (NOT EXISTS (SELECT 1 FROM quiz q WHERE q.module_id = pp.module_id AND q.latest_version > 0)
        OR EXISTS (SELECT 1 FROM quiz_attempt t JOIN quiz q ON q.id = t.quiz_id
                   WHERE t.account_id = pp.account_id AND q.module_id = pp.module_id
                     AND t.passed AND t.submitted_at IS NOT NULL));

INSERT INTO learner_activity (account_id, last_activity_at, latest_score, seconds_spent)
SELECT p.account_id, p.last_activity,
       (SELECT t.score_percent FROM quiz_attempt t
        WHERE t.account_id = p.account_id AND t.submitted_at IS NOT NULL
        ORDER BY t.submitted_at DESC LIMIT 1),
       (SELECT COUNT(*) FROM page_progress pp WHERE pp.account_id = p.account_id)
           * (90 + MOD(p.n * 13, 240))
       + (SELECT COUNT(*) FROM quiz_attempt t
          WHERE t.account_id = p.account_id AND t.submitted_at IS NOT NULL) * 540
FROM bench_patient p;

-- Links: id = 1,000,000,000 + therapist number * 100,000 + patient number.
INSERT INTO care_link (id, therapist_id, patient_id, linked_at, unlinked_at)
SELECT 1000000000 + 100000 + p.n, 2000001, p.account_id,
       CURRENT_TIMESTAMP - (30 + MOD(p.n, 200)) * INTERVAL '1' DAY, NULL
FROM bench_patient p
WHERE p.n <= 1000 AND @therapists >= 1;

INSERT INTO care_link (id, therapist_id, patient_id, linked_at, unlinked_at)
SELECT 1000000000 + 100000 + p.n, 2000001, p.account_id,
       CURRENT_TIMESTAMP - 300 * INTERVAL '1' DAY, CURRENT_TIMESTAMP - 10 * INTERVAL '1' DAY
FROM bench_patient p
WHERE p.n BETWEEN 1001 AND 1020 AND @therapists >= 1;

INSERT INTO care_link (id, therapist_id, patient_id, linked_at, unlinked_at)
SELECT 1000000000 + t.x * 100000 + k.x, 2000000 + t.x,
       1000000 + 1 + MOD(1000 + (t.x - 2) * 5 + k.x - 1, @patients),
       CURRENT_TIMESTAMP - (20 + MOD(t.x * 7 + k.x, 300)) * INTERVAL '1' DAY, NULL
FROM SYSTEM_RANGE(2, @therapists) t, SYSTEM_RANGE(1, 5) k;

-- Assignments of the active links: id = 1,000,000,000 + link number * 10 + module position.
INSERT INTO assignment (id, therapist_id, patient_id, module_id, due_on, note, created_at,
                        withdrawn_at, version)
SELECT (l.id - 1000000000) * 10 + m.position + 1000000000, l.therapist_id, l.patient_id, m.id,
       CURRENT_DATE + CAST(MOD((l.patient_id - 1000000) * 13 + m.position * 7, 43) - 21 AS INTEGER),
       CASE MOD(l.patient_id + m.position, 4)
         WHEN 0 THEN 'Please read this before our next session.'
         WHEN 1 THEN 'Take your time; we will talk about the quiz together.'
         WHEN 2 THEN 'Read one page a day and note what surprised you.'
         ELSE ''
       END,
       CURRENT_TIMESTAMP - 28 * INTERVAL '1' DAY,
       CASE WHEN m.position = 1 AND MOD(l.patient_id - 1000000, 17) = 0
            THEN CURRENT_TIMESTAMP - 3 * INTERVAL '1' DAY END,
       0
FROM care_link l
JOIN lesson_module m ON m.position <= 1 + MOD(l.patient_id - 1000000, 3)
WHERE l.unlinked_at IS NULL AND l.id BETWEEN 1000000000 AND 1999999999;

ALTER SEQUENCE care_link_seq RESTART WITH 3000000000;
ALTER SEQUENCE assignment_seq RESTART WITH 30000000000;
DROP TABLE bench_patient;
