package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one health contract of the app: it is ready when the database can store data ({@link
 * StorageProbe}) and the schema is up to date ({@link DatabaseMigration} has run). {@code GET
 * /api/health} on the app port and MicroProfile Health's readiness on the management port ({@link
 * HealthChecks}) both answer from {@link #now()}, so they never disagree.
 */
@ApplicationScoped
public class HealthState {

  @Inject private StorageProbe probe;

  /** The schema version that the migrations reached at start-up, or null before they ran. */
  private volatile String schemaVersion;

  /** What the app can do right now. */
  public record State(StorageProbe.Status database, String schemaVersion) {

    public boolean migrated() {
      return schemaVersion != null;
    }

    /** Ready: the database stores data and the migrations have run. */
    public boolean ready() {
      return database.writable() && migrated();
    }
  }

  public State now() {
    String version = schemaVersion;
    // Before the migrations ran there is no schema to probe: the app is not ready, whatever the
    // database would answer.
    StorageProbe.Status database =
        version == null
            ? new StorageProbe.Status(false, "unknown", System.currentTimeMillis())
            : probe.status();
    return new State(database, version);
  }

  /** Called by {@link DatabaseMigration} once the schema is current. */
  void migrated(String version) {
    schemaVersion = version;
  }
}
