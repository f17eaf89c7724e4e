package org.painwise.account;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.painwise.config.Languages;

/**
 * POST /language: the header's language switch ({@code language=fr}, and {@code to}, the page to go
 * back to). It always sets the {@link Languages#COOKIE cookie} (HttpOnly, SameSite=Lax, a year), so
 * the choice holds while signed out and after signing out; signed in, the account keeps it too. A
 * plain servlet, like sign-out, so it works from every page, error pages included. Cross-site posts
 * never get here ({@code config.RequestGuard}).
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A path in the application: no scheme, no host, no backslash, no line break. */
  private static final Pattern SAFE_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\r\\n]*");

  @Inject private transient SignedInUser user;
  @Inject private transient AccountService accounts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Optional<Locale> language = Languages.of(request.getParameter("language"));
    if (language.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String tag = language.get().getLanguage();
    String context = request.getContextPath();
    response.addCookie(Languages.cookie(context, language.get()));
    if (request.getUserPrincipal() != null && user.isSignedIn()) {
      accounts.setLanguage(user.requireId(), tag);
      user.refresh();
    }
    response.sendRedirect(returnTo(request.getParameter("to"), context));
  }

  /** {@code to} when it is a path of this application, otherwise the home page. */
  static String returnTo(String to, String context) {
    if (to != null
        && to.length() <= 2000
        && SAFE_PATH.matcher(to).matches()
        && (to.equals(context) || to.startsWith(context + "/"))) {
      return to;
    }
    return context + "/";
  }
}
