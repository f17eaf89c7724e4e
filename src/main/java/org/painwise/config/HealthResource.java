package org.painwise.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** GET /api/health: 200 with the database status when it answers, 503 when it does not. */
@Path("/health")
@RequestScoped
public class HealthResource {

  @Resource(lookup = "java:jboss/datasources/PainwiseDS")
  private DataSource dataSource;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    String database;
    boolean up;
    try (Connection c = dataSource.getConnection()) {
      up = c.isValid(2);
      database = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      up = false;
      database = "unreachable";
    }
    String body =
        "{\"status\":\""
            + (up ? "UP" : "DOWN")
            + "\",\"database\":{\"status\":\""
            + (up ? "UP" : "DOWN")
            + "\",\"product\":\""
            + database.replace("\"", "")
            + "\"}}";
    return Response.status(up ? 200 : 503).entity(body).build();
  }
}
