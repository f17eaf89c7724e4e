-- Seed: quiz attempts (V3__quizzes.sql). Needs the starter quizzes, which the app imports and
-- publishes at its first start, and the reading progress of 20-lesson-progress.sql. Runs before
-- 40-clinic.sql, which derives module completion and the latest score from these attempts.
--
-- * Every bench patient has one submitted attempt (number 1) at the quiz of each module whose
--   pages they have all read, on the quiz's latest published version, with one quiz_answer row
--   a question. Each answer is either right (the full-credit response) or wrong (a zero-credit
--   one), drawn from a per-attempt ability of 45 to 100%, so scores vary and about half pass;
--   score_percent and passed are worked out as Scoring does (passed when the exact percentage
--   reaches the quiz's pass mark).
-- * Patients 1 .. GREATEST(@connections, @sessions) also have an attempt in progress
--   (submitted_at null, no answers) at the quiz of module pain-alarm-system, its questions in
--   position order: the quiz answer scenario saves answers into it (patients 1 .. @connections)
--   and every session of the memory scenario opens it (/quiz/take shows the attempt). Only
--   where quiz.max_attempts allows one more attempt.
--
-- Ids: attempt = account id * 100 + module position (99 for the attempt in progress), answer =
-- attempt id * 100 + question rank. Both sequences move past them.
CREATE LOCAL TEMPORARY TABLE bench_quiz AS
SELECT q.id AS quiz_id, q.module_id, m.position AS module_position, m.slug AS module_slug,
       q.pass_mark, q.max_attempts, v.id AS version_id,
       (SELECT STRING_AGG(CAST(vq.id AS VARCHAR), ',' ORDER BY vq.position)
        FROM quiz_version_question vq WHERE vq.quiz_version_id = v.id) AS question_order
FROM quiz q
JOIN quiz_version v ON v.quiz_id = q.id AND v.number = q.latest_version
JOIN lesson_module m ON m.id = q.module_id
WHERE q.latest_version > 0;

-- Each question of those versions with a full-credit and a zero-credit response, encoded as
-- Response.encode does: picked positions "0,2", matching "left=right;...", typed text.
CREATE LOCAL TEMPORARY TABLE bench_question AS
SELECT vq.id AS question_id, vq.quiz_version_id AS version_id,
       ROW_NUMBER() OVER (PARTITION BY vq.quiz_version_id ORDER BY vq.position) AS n,
       CASE vq.type
         WHEN 'SINGLE_CHOICE' THEN (SELECT CAST(MIN(c.position) AS VARCHAR)
             FROM quiz_version_choice c WHERE c.question_id = vq.id AND c.weight >= 100)
         WHEN 'TRUE_FALSE' THEN (SELECT CAST(MIN(c.position) AS VARCHAR)
             FROM quiz_version_choice c WHERE c.question_id = vq.id AND c.weight >= 100)
         WHEN 'MULTIPLE_CHOICE' THEN (SELECT STRING_AGG(CAST(c.position AS VARCHAR), ','
             ORDER BY c.position)
             FROM quiz_version_choice c WHERE c.question_id = vq.id AND c.weight > 0)
         -- A left side is matched right by the choice with the same match text: itself.
         WHEN 'MATCHING' THEN (SELECT STRING_AGG(c.position || '=' || c.position, ';'
             ORDER BY c.position)
             FROM quiz_version_choice c WHERE c.question_id = vq.id AND c.text <> '')
         WHEN 'SHORT_ANSWER' THEN (SELECT c.text FROM quiz_version_choice c
             WHERE c.question_id = vq.id ORDER BY c.weight DESC, c.position LIMIT 1)
         WHEN 'NUMERIC' THEN (SELECT CAST(c.numeric_value AS VARCHAR) FROM quiz_version_choice c
             WHERE c.question_id = vq.id AND c.numeric_value IS NOT NULL
             ORDER BY c.weight DESC, c.position LIMIT 1)
       END AS right_response,
       CASE
         WHEN vq.type IN ('SINGLE_CHOICE', 'TRUE_FALSE', 'MULTIPLE_CHOICE') THEN
             COALESCE((SELECT CAST(MIN(c.position) AS VARCHAR)
             FROM quiz_version_choice c WHERE c.question_id = vq.id AND c.weight <= 0), '')
         WHEN vq.type = 'SHORT_ANSWER' THEN 'not sure'
         ELSE ''
       END AS wrong_response
FROM quiz_version_question vq
WHERE vq.quiz_version_id IN (SELECT version_id FROM bench_quiz);

-- (patient, module) pairs with every page read, and when the last of them was read.
CREATE LOCAL TEMPORARY TABLE bench_module_read AS
SELECT pp.account_id, pp.module_id, MAX(pp.read_at) AS last_read
FROM page_progress pp
WHERE pp.account_id BETWEEN 1000001 AND 1000000 + @patients
GROUP BY pp.account_id, pp.module_id
HAVING COUNT(*) = (SELECT COUNT(*) FROM lesson_page p WHERE p.module_id = pp.module_id);

-- The submitted attempts. A patient's last activity (40-clinic.sql uses the same formula) is
-- up to 30 days ago; the attempt at module position p was submitted (8 - p) days before it.
-- Temporary tables have no index unless given one: the joins below need them at full size.
CREATE LOCAL TEMPORARY TABLE bench_attempt AS
SELECT r.account_id * 100 + bq.module_position AS id, r.account_id, bq.quiz_id, bq.version_id,
       bq.pass_mark, bq.question_order,
       45 + MOD(r.account_id * 37 + bq.module_position * 101, 56) AS ability,
       CURRENT_TIMESTAMP - MOD((r.account_id - 1000000) * 7919, 43200) * INTERVAL '1' MINUTE
           + (bq.module_position - 8) * INTERVAL '1' DAY AS submitted_at
FROM bench_module_read r JOIN bench_quiz bq ON bq.module_id = r.module_id;
CREATE INDEX bench_attempt_id ON bench_attempt (id);

-- Which answers are right: a fixed draw per (attempt, question) against the attempt's ability.
CREATE LOCAL TEMPORARY TABLE bench_mark AS
SELECT a.id AS attempt_id, q.question_id, q.n, a.submitted_at,
       CASE WHEN MOD(a.account_id * 7919 + q.question_id * 104729, 100) < a.ability
            THEN 1 ELSE 0 END AS credit,
       q.right_response, q.wrong_response
FROM bench_attempt a JOIN bench_question q ON q.version_id = a.version_id;

CREATE LOCAL TEMPORARY TABLE bench_score AS
SELECT attempt_id, SUM(credit) AS rights, COUNT(*) AS questions
FROM bench_mark GROUP BY attempt_id;
CREATE INDEX bench_score_attempt ON bench_score (attempt_id);

INSERT INTO quiz_attempt (id, account_id, quiz_id, quiz_version_id, number, question_order,
                          shuffle_seed, started_at, saved_at, submitted_at, score_percent, passed)
SELECT a.id, a.account_id, a.quiz_id, a.version_id, 1, a.question_order, a.id,
       a.submitted_at - 12 * INTERVAL '1' MINUTE, a.submitted_at, a.submitted_at,
       CAST(ROUND(100.0 * s.rights / s.questions) AS INTEGER),
       100 * s.rights >= a.pass_mark * s.questions
FROM bench_attempt a JOIN bench_score s ON s.attempt_id = a.id;

INSERT INTO quiz_answer (id, attempt_id, question_id, response, checked, score, saved_at)
SELECT m.attempt_id * 100 + m.n, m.attempt_id, m.question_id,
       CASE WHEN m.credit = 1 THEN m.right_response ELSE m.wrong_response END,
       FALSE, m.credit, m.submitted_at
FROM bench_mark m;

-- The attempts in progress, for the quiz answer and memory scenarios.
INSERT INTO quiz_attempt (id, account_id, quiz_id, quiz_version_id, number, question_order,
                          shuffle_seed, started_at, saved_at, submitted_at, score_percent, passed)
SELECT a.id * 100 + 99, a.id, bq.quiz_id, bq.version_id,
       COALESCE((SELECT MAX(t.number) FROM quiz_attempt t
                 WHERE t.account_id = a.id AND t.quiz_id = bq.quiz_id), 0) + 1,
       bq.question_order, a.id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, NULL, NULL
FROM account a JOIN bench_quiz bq ON bq.module_slug = 'pain-alarm-system'
WHERE a.id BETWEEN 1000001 AND 1000000 + LEAST(@patients, GREATEST(@connections, @sessions))
  AND (bq.max_attempts IS NULL OR bq.max_attempts > (SELECT COUNT(*) FROM quiz_attempt t
       WHERE t.account_id = a.id AND t.quiz_id = bq.quiz_id));

ALTER SEQUENCE quiz_attempt_seq RESTART WITH 1000000000;
ALTER SEQUENCE quiz_answer_seq RESTART WITH 100000000000;
DROP TABLE bench_score;
DROP TABLE bench_mark;
DROP TABLE bench_attempt;
DROP TABLE bench_module_read;
DROP TABLE bench_question;
DROP TABLE bench_quiz;
