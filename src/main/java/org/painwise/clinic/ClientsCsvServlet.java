package org.painwise.clinic;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.painwise.account.SignedInUser;

/**
 * GET /therapist/clients.csv: the signed-in therapist's client table (only their linked clients),
 * read page by page so memory stays flat with thousands of clients.
 */
@ServletSecurity(@HttpConstraint(rolesAllowed = "THERAPIST"))
@WebServlet("/therapist/clients.csv")
public class ClientsCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 500;

  @Inject private ClientDirectory directory;
  @Inject private SignedInUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long me = user.requireId();
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"painwise-clients.csv\"");
    PrintWriter out = response.getWriter();
    out.print("name,email,assigned,completed,overdue,last_activity,latest_score\r\n");
    LocalDate today = LocalDate.now();
    for (int first = 0; ; first += PAGE) {
      List<ClientRow> rows = directory.page(me, "", "name", true, first, PAGE, today);
      for (ClientRow r : rows) {
        out.print(
            String.join(
                    ",",
                    cell(r.name()),
                    cell(r.email()),
                    String.valueOf(r.assigned()),
                    String.valueOf(r.completed()),
                    String.valueOf(r.overdue()),
                    r.lastActivity() == null ? "" : r.lastActivity().toString(),
                    r.latestScore() == null ? "" : r.latestScore().toString())
                + "\r\n");
      }
      if (rows.size() < PAGE) {
        break;
      }
    }
  }

  /** RFC 4180 quoting; a leading = + - @ is neutralised so spreadsheets never run it. */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
