package org.painwise.account.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.painwise.account.PendingSignIn;

/**
 * Two things of two-step sign-in that happen before any page:
 *
 * <ul>
 *   <li>The offer of two-step sign-in after a sign-in that continues to the page first asked for.
 *       Jakarta Security completes such a sign-in only when the browser arrives at that page, so
 *       the login page leaves a mark in the session ({@link #offerOnArrival}); the first signed-in
 *       page request after it goes to the offer, and that page waits for the offer's "Not now".
 *       Costs one session look-up per signed-in request.
 *   <li>The set-up page is for a signed-in user or a sign-in that waits for it: anyone else goes to
 *       the code page (which says to sign in again) before the page's view-scoped bean would make a
 *       session for them, so that no anonymous request makes a session.
 * </ul>
 */
@WebFilter(filterName = "TwoStepFilter", urlPatterns = "/*")
public class TwoStepFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute: the anchor of the page asked for ("" for none). */
  private static final String ATTRIBUTE = "painwise.twoStep.offerOnArrival";

  /** After a sign-in that continues elsewhere: offer two-step sign-in on arrival there. */
  static void offerOnArrival(HttpServletRequest request, String anchor) {
    request.getSession().setAttribute(ATTRIBUTE, AnchorFilter.isValid(anchor) ? anchor : "");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session =
        request.getUserPrincipal() != null && "GET".equals(request.getMethod())
            ? request.getSession(false)
            : null;
    if (session != null && session.getAttribute(ATTRIBUTE) instanceof String anchor) {
      session.removeAttribute(ATTRIBUTE);
      String page =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
              + (anchor.isEmpty() ? "" : "#" + anchor);
      TwoStepOfferBacking.continueTo(request, page);
      response.sendRedirect(request.getContextPath() + TwoStepOfferBacking.PATH);
      return;
    }
    if (request.getUserPrincipal() == null
        && isSetupPage(request)
        && PendingSignIn.of(request).filter(p -> p.next() == PendingSignIn.Next.SETUP).isEmpty()) {
      response.sendRedirect(request.getContextPath() + TwoStepCodeBacking.PATH);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isSetupPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(TwoStepSetupBacking.PATH)
        || path.equals(TwoStepSetupBacking.PATH + ".xhtml");
  }
}
