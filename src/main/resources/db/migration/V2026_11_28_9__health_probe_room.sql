-- Proof that the database has room for real writes again. A tiny update of health_probe can
-- succeed on a full disk, because H2 writes it into free space inside its own file; so after a
-- storage failure /api/health stays DOWN until it has stored about 2 MB of rows in this table in one
-- transaction (which needs new space on the disk) and deleted them again.
CREATE TABLE health_probe_room (
  id INTEGER NOT NULL PRIMARY KEY,
  payload VARCHAR(1000000) NOT NULL
);
