package org.painwise.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/health: 200 when the database can store data, 503 when it cannot (it is unreachable,
 * closed, or its disk is full), from a small write that {@link StorageProbe} makes at most once a
 * second; after a write failed, 503 until the probe has stored a few MB again (see {@link
 * StorageProbe}).
 */
@Path("/health")
@RequestScoped
public class HealthResource {

  @Inject private StorageProbe probe;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    StorageProbe.Status status = probe.status();
    String up = status.writable() ? "UP" : "DOWN";
    String body =
        "{\"status\":\""
            + up
            + "\",\"database\":{\"status\":\""
            + up
            + "\",\"writable\":"
            + status.writable()
            + ",\"product\":\""
            + status.product().replace("\"", "")
            + "\"}}";
    return Response.status(status.writable() ? 200 : 503).entity(body).build();
  }
}
