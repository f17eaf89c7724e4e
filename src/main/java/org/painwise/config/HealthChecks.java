package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health on the management port ({@code /health/ready}, {@code /health/live}), from
 * the same {@link HealthState} as {@code GET /api/health}:
 *
 * <ul>
 *   <li><b>Readiness</b> ({@value #DATABASE} and {@value #MIGRATIONS}): DOWN while the database
 *       cannot store data or the migrations have not run, exactly when {@code /api/health} answers
 *       503. A balancer or an orchestrator sends no traffic to a node that is not ready.
 *   <li><b>Liveness</b> ({@value #APP}): UP while the app answers, with the same data. A database
 *       that cannot store data does not make it DOWN, because a restart does not give a full disk
 *       room, and the app heals by itself when the storage comes back (StorageFailureIT): an
 *       orchestrator that restarts on liveness must not restart it in a loop for that.
 * </ul>
 *
 * WildFly adds its own checks to the same endpoints (deployments, boot errors, server state).
 */
@ApplicationScoped
public class HealthChecks {

  static final String DATABASE = "painwise-database";
  static final String MIGRATIONS = "painwise-migrations";
  static final String APP = "painwise-app";

  @Inject private HealthState health;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> database(health.now());
  }

  @Produces
  @Readiness
  HealthCheck migrations() {
    return () -> migrations(health.now());
  }

  @Produces
  @Liveness
  HealthCheck app() {
    return () -> response(APP, true, health.now());
  }

  static HealthCheckResponse database(HealthState.State state) {
    return response(DATABASE, state.database().writable(), state);
  }

  static HealthCheckResponse migrations(HealthState.State state) {
    return response(MIGRATIONS, state.migrated(), state);
  }

  /** A check with the data of /api/health: writable, product, schemaVersion. */
  private static HealthCheckResponse response(String name, boolean up, HealthState.State state) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("writable", state.database().writable());
    data.put("product", state.database().product());
    data.put("schemaVersion", state.migrated() ? state.schemaVersion() : "none");
    return new HealthCheckResponse(
        name,
        up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
