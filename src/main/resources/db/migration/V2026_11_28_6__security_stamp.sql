-- A per-account security stamp: a role change raises it, and every open session signed in with an
-- older stamp (or whose account is gone) is signed out on its next request
-- (account.SessionRevocationFilter). Kept in the database, so it holds across cluster nodes.
ALTER TABLE account ADD COLUMN security_stamp INTEGER NOT NULL DEFAULT 0;
