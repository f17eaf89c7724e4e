-- Seed: accounts (V1__accounts.sql).
-- @patients patients and @therapists therapists (run.sh sets both before this file). They all share
-- the demo patient's password hash: the bench server makes it with its low iteration count, so
-- every bench account signs in with the demo password, quickly. Ids are far above what the app's
-- sequence hands out, and the sequence is moved past them.
INSERT INTO account (id, email, display_name, password_hash, role, created_at, version)
SELECT 1000000 + x, 'bench-patient-' || x || '@painwise.test', 'Bench Patient ' || x,
       (SELECT password_hash FROM account WHERE email = 'patient@painwise.test'),
       'PATIENT', CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, @patients);

INSERT INTO account (id, email, display_name, password_hash, role, created_at, version)
SELECT 2000000 + x, 'bench-therapist-' || x || '@painwise.test', 'Bench Therapist ' || x,
       (SELECT password_hash FROM account WHERE email = 'patient@painwise.test'),
       'THERAPIST', CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, @therapists);

ALTER SEQUENCE account_seq RESTART WITH 3000000;
