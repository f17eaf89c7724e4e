-- One row that /api/health updates (at most once a second) to prove the database can still store
-- data: a full disk or a closed database fails this write, and health reports DOWN.
CREATE TABLE health_probe (
  id INTEGER NOT NULL PRIMARY KEY,
  checked_at TIMESTAMP NOT NULL
);

INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
