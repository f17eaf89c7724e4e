package org.painwise.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * A role change or an account deletion reaches every open session of that account on its next
 * request: the session remembers the account's security stamp from sign-in ({@link #remember}), and
 * a session whose account is gone, or whose stamp has changed since, is signed out and sent to the
 * login page. The stamp lives in the database, so this holds across cluster nodes.
 */
@WebFilter(filterName = "SessionRevocationFilter", urlPatterns = "/*")
public class SessionRevocationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute with the stamp ({@code id:stamp}) the session was signed in with. */
  static final String ATTRIBUTE = "painwise.securityStamp";

  @Inject private transient AccountService accounts;

  /** Called at sign-in: the session now stands for the account as it is at this moment. */
  public static void remember(HttpServletRequest request, AccountService accounts, String email) {
    accounts
        .securityStamp(email)
        .ifPresent(stamp -> request.getSession().setAttribute(ATTRIBUTE, stamp));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    HttpSession session = principal == null ? null : request.getSession(false);
    if (session == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> current = accounts.securityStamp(principal.getName());
    Object remembered = session.getAttribute(ATTRIBUTE);
    if (current.isPresent() && (remembered == null || remembered.equals(current.get()))) {
      if (remembered == null) {
        // Signed in by another path than the login page: from now on this is the stamp.
        session.setAttribute(ATTRIBUTE, current.get());
      }
      chain.doFilter(request, response);
      return;
    }
    request.logout();
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalidated) {
      // Another request of the same session got here first; signed out either way.
    }
    boolean page =
        ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
            && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    if (page) {
      response.sendRedirect(request.getContextPath() + "/login");
    } else {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }
}
