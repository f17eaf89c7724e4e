package org.painwise.config;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in db/migration. It observes the CDI
 * start-up event first ({@link StartupOrder#MIGRATE}), so everything after it finds the schema; a
 * failed migration fails the deployment.
 *
 * <p>The rules that keep every database upgradable:
 *
 * <ul>
 *   <li><b>Date-stamped versions.</b> V1 to V4 are the only plain numbers. Every migration since is
 *       named {@code V<yyyy>_<mm>_<dd>_<n>__what.sql} (for example {@code
 *       V2026_11_28_1__lenient_short_answers.sql}), the date it was written and a number that
 *       branches written the same day agree on, so parallel branches never take the same version.
 *       Flyway reads {@code 2026_11_28_1} as version 2026.11.28.1, after 4.
 *   <li><b>Out of order.</b> A branch may land after a later-stamped one has been released, as V3
 *       landed after V4. {@code outOfOrder(true)} applies such a migration on a database that is
 *       already past it, instead of failing with "Detected resolved migration not applied to
 *       database". That is safe only if a migration needs nothing but what was on {@code main} when
 *       its branch left it, so a date-stamped migration never depends on another branch's
 *       migration, and a new migration never takes a plain number, which would sort before every
 *       date-stamped one ({@code MigrationChecksumsTest} fails on both a new plain number and a
 *       repeated version).
 *   <li><b>A released migration never changes.</b> {@code MigrationChecksumsTest} pins the checksum
 *       of every file here. A change is a new migration.
 *   <li><b>The first V2.</b> V2 was edited after release ({@code references_html} was added to it),
 *       so databases made with the first V2 record another checksum for version 2. {@link
 *       FirstV2Checksum} accepts that one checksum, and {@code
 *       V2026_11_28_4__lesson_module_references.sql} adds what the first V2 lacked.
 * </ul>
 *
 * <p>{@link #configuration(DataSource)} is the one configuration: the app uses it at start-up and
 * {@code UpgradeTest} runs it on a fixture of every released schema level.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  /** Flyway's checksum of V2__lessons_and_progress.sql as first released (commit 32b3159). */
  static final int FIRST_V2_CHECKSUM = 1_232_377_652;

  /** Flyway's checksum of V2__lessons_and_progress.sql as released since commit f4a3c6f. */
  static final int V2_CHECKSUM = -2_015_388_248;

  @Resource(lookup = "java:jboss/datasources/PainwiseDS")
  private DataSource dataSource;

  @Inject private HealthState health;

  void migrate(@Observes @Priority(StartupOrder.MIGRATE) Startup startup) {
    MigrateResult result = migrate(dataSource);
    // Ready (HealthState) only from here: the schema is current.
    // Flyway leaves the target version empty when nothing was left to run: the version is then the
    // one the database started at.
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion != null ? result.initialSchemaVersion : "none";
    health.migrated(version);
  }

  /** The Flyway configuration of the app, for start-up and the upgrade test. */
  public static FluentConfiguration configuration(DataSource dataSource) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .outOfOrder(true)
        .callbacks(new FirstV2Checksum());
  }

  /** Migrates the database to the latest version, and logs where it stands. */
  public static MigrateResult migrate(DataSource dataSource) {
    Flyway flyway = configuration(dataSource).load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations run now)");
    return result;
  }

  /**
   * Before Flyway validates, rewrites the recorded checksum of version 2 from the first V2's to
   * today's V2's, and does nothing else. It is the narrowest way to accept the first V2:
   *
   * <ul>
   *   <li>Flyway has no setting that accepts a second checksum for one version; {@code repair()}
   *       would accept any edit of any migration, and turning validation off would too.
   *   <li>The update matches the version AND the one known checksum, so an unknown V2 (or any other
   *       edited migration) still fails validation, as it must.
   *   <li>It runs in the same migrate call, before validation, so the schema gap is closed in the
   *       same start-up by V2026_11_28_4, which Flyway records in the history as usual. The log
   *       says that the checksum was rewritten. V2's SQL is the first V2's plus one column, so a
   *       database that ran the first V2 and then V2026_11_28_4 has exactly what today's V2 makes
   *       (UpgradeTest compares the two schemas).
   * </ul>
   *
   * It runs on BEFORE_VALIDATE, which Flyway fires for an explicit validate and inside migrate,
   * before migrate validates (BEFORE_MIGRATE comes after that validation, too late). A second run
   * finds nothing to update.
   */
  static final class FirstV2Checksum implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      String table = context.getConfiguration().getTable();
      Connection connection = context.getConnection();
      try {
        if (!historyExists(connection, table)) {
          return;
        }
        // The history table's columns are lower case, quoted on H2 and folded on PostgreSQL.
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE \""
                    + table
                    + "\" SET \"checksum\" = ? WHERE \"version\" = '2' AND \"checksum\" = ?")) {
          update.setInt(1, V2_CHECKSUM);
          update.setInt(2, FIRST_V2_CHECKSUM);
          if (update.executeUpdate() > 0) {
            LOG.info(
                "Version 2 was applied as the first V2 (checksum "
                    + FIRST_V2_CHECKSUM
                    + "); its recorded checksum is now today's V2's ("
                    + V2_CHECKSUM
                    + "), and V2026_11_28_4 adds references_html");
          }
        }
      } catch (SQLException e) {
        throw new FlywayException("Could not accept the first V2's checksum", e);
      }
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
      try (ResultSet tables =
          connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
        return tables.next();
      }
    }

    @Override
    public String getCallbackName() {
      return "painwise-first-v2-checksum";
    }
  }
}
