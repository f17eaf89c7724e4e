package org.painwise.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/health: 200 when the app is ready, 503 when it is not, from {@link HealthState}: the
 * database can store data (a small write that {@link StorageProbe} makes at most once a second;
 * after a write failed, 503 until the probe has stored a few MB again) and the migrations have run.
 * MicroProfile Health's readiness on the management port ({@link HealthChecks}) answers from the
 * same state.
 */
@Path("/health")
@RequestScoped
public class HealthResource {

  @Inject private HealthState health;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    HealthState.State state = health.now();
    return Response.status(state.ready() ? 200 : 503).entity(json(state)).build();
  }

  static String json(HealthState.State state) {
    StorageProbe.Status database = state.database();
    String body =
        "{\"status\":\""
            + upOrDown(state.ready())
            + "\",\"database\":{\"status\":\""
            + upOrDown(database.writable())
            + "\",\"writable\":"
            + database.writable()
            + ",\"product\":\""
            + database.product().replace("\"", "")
            + "\"},\"migrations\":{\"status\":\""
            + upOrDown(state.migrated())
            + "\",\"schemaVersion\":\""
            + (state.migrated() ? state.schemaVersion() : "none")
            + "\"}}";
    return body;
  }

  private static String upOrDown(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
