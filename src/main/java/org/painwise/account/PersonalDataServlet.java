package org.painwise.account;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /patient/export.json: the signed-in patient's own data, as a download. */
@ServletSecurity(@HttpConstraint(rolesAllowed = "PATIENT"))
@WebServlet("/patient/export.json")
public class PersonalDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private PersonalDataExport export;
  @Inject private SignedInUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"painwise-my-data.json\"");
    try (JsonWriter writer = Json.createWriter(response.getWriter())) {
      writer.writeObject(export.export(user.requireId()));
    }
  }
}
