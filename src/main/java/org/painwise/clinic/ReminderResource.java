package org.painwise.clinic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * POST /api/admin/reminders: an admin runs today's reminders now (the timer does it every morning).
 * A {@code date} is accepted only on servers started with {@code
 * -Dpainwise.reminders.allowDate=true}, such as the test server.
 */
@Path("/admin/reminders")
@RequestScoped
public class ReminderResource {

  @Inject private ReminderService reminders;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response run(@QueryParam("date") String date) {
    LocalDate day = LocalDate.now();
    if (date != null && Boolean.getBoolean("painwise.reminders.allowDate")) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        return Response.status(Response.Status.BAD_REQUEST)
            .entity("{\"error\":\"date must look like 2026-12-31\"}")
            .build();
      }
    }
    ReminderService.RunResult r = reminders.run(day);
    return Response.ok(
            "{\"assigned\":"
                + r.assigned()
                + ",\"dueSoon\":"
                + r.dueSoon()
                + ",\"overdue\":"
                + r.overdue()
                + ",\"boosters\":"
                + r.boosters()
                + ",\"checkins\":"
                + r.checkins()
                + "}")
        .build();
  }
}
