package org.painwise.account;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * POST /logout: the layout's sign-out form. A servlet rather than a Faces action, so that it works
 * from every page: on an error page a Faces form posts back to the error page's own view under
 * WEB-INF, which the container refuses. The form carries the session's sign-out token ({@link
 * SignedInUser#getSignOutToken()}); without it nothing happens.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient SignedInUser user;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && user.isSignedIn()) {
      if (!user.isSignOutToken(request.getParameter("token"))) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      request.logout();
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/?signedOut=true");
  }
}
