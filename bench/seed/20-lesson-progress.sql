-- Seed: reading progress (V2__lessons_and_progress.sql). Needs the lessons, which the app loads
-- from lessons/ at its first start.
-- Pages in catalogue order. Patient n has read the first (n mod (pages + 1)) pages, so every
-- stage from nothing read to everything read is there, and was last on the page after those.
CREATE LOCAL TEMPORARY TABLE bench_page AS
SELECT p.id AS page_id, p.module_id, ROW_NUMBER() OVER (ORDER BY m.position, p.position) AS n
FROM lesson_page p JOIN lesson_module m ON m.id = p.module_id;

INSERT INTO page_progress (id, account_id, page_id, module_id, read_at)
SELECT a.id * 1000 + bp.n, a.id, bp.page_id, bp.module_id,
       CURRENT_TIMESTAMP - bp.n * INTERVAL '1' MINUTE
FROM account a JOIN bench_page bp ON bp.n <= MOD(a.id, (SELECT COUNT(*) FROM bench_page) + 1)
WHERE a.email LIKE 'bench-patient-%';

INSERT INTO lesson_visit (account_id, page_id, visited_at)
SELECT a.id, bp.page_id, CURRENT_TIMESTAMP
FROM account a JOIN bench_page bp
  ON bp.n = LEAST(MOD(a.id, (SELECT COUNT(*) FROM bench_page) + 1) + 1, (SELECT COUNT(*) FROM bench_page))
WHERE a.email LIKE 'bench-patient-%';

ALTER SEQUENCE page_progress_seq RESTART WITH 3000000000;
DROP TABLE bench_page;
