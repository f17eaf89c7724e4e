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

/** GET /patient/checkins.fhir.json: the signed-in patient's check-ins as a FHIR R4 Bundle. */
@ServletSecurity(@HttpConstraint(rolesAllowed = "PATIENT"))
@WebServlet("/patient/checkins.fhir.json")
public class MyCheckinsFhirServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CheckinFhirExport export;
  @Inject private SignedInUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FhirDownload.send(
        response,
        "painwise-checkins-fhir.json",
        export.mine(user.requireId(), request.getLocale()));
  }
}
