package org.painwise.outcome.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.painwise.account.SignedInUser;
import org.painwise.outcome.CheckinsNotFoundException;

/**
 * GET /therapist/client-checkins.fhir.json?id=N: a client's check-ins as a FHIR R4 Bundle, only
 * while the client shares check-ins with the signed-in therapist. Anything else (not shared,
 * withdrawn, someone else's client, no such id, a malformed id) answers 404, like a missing page.
 */
@ServletSecurity(@HttpConstraint(rolesAllowed = "THERAPIST"))
@WebServlet("/therapist/client-checkins.fhir.json")
public class ClientCheckinsFhirServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CheckinFhirExport export;
  @Inject private SignedInUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long clientId;
    try {
      clientId = Long.parseLong(String.valueOf(request.getParameter("id")));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      FhirDownload.send(
          response,
          "painwise-client-" + clientId + "-checkins-fhir.json",
          export.ofClient(user.requireId(), clientId, request.getLocale()));
    } catch (CheckinsNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
