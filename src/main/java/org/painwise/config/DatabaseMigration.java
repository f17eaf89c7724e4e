package org.painwise.config;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in db/migration. It observes the CDI
 * start-up event first ({@link StartupOrder#MIGRATE}), so everything after it finds the schema.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/PainwiseDS")
  private DataSource dataSource;

  void migrate(@Observes @Priority(StartupOrder.MIGRATE) Startup startup) {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations run now)");
  }
}
