-- Seed: accounts (V1__accounts.sql).
-- @patients patients and @therapists therapists (run.sh writes the counts in their place). They all share
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

-- The benchmark's accounts sign in with a password alone, as the demo accounts do: no second step
-- of two-step sign-in, and no offer of it to the therapists (two_step, V2026_11_28_11).
INSERT INTO two_step (account_id, exempt, version)
SELECT id, TRUE, 0 FROM account WHERE id > 1000000 AND email LIKE 'bench-%@painwise.test';
