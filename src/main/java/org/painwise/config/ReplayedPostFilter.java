package org.painwise.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form post that the sign-in page interrupted is opened afresh, never replayed.
 *
 * <p>When a session has expired, a post to a protected page (a quiz answer, "Submit") goes to the
 * sign-in page, and after sign-in Jakarta Security replays it: the browser's GET comes wrapped as
 * the saved POST, with the saved parameters. Their view state belongs to the session that was lost,
 * so Faces restores a view that no longer matches (an {@code ArrayIndexOutOfBoundsException} while
 * restoring state, or "this page expired"). Instead the page opens with a GET; the quiz page then
 * saves the answers that the browser kept (quiz.js).
 */
@WebFilter(urlPatterns = "/*")
public class ReplayedPostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isReplayed(request)) {
      HttpServletRequest wire = (HttpServletRequest) innermost(request);
      String query = wire.getQueryString();
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", wire.getRequestURI() + (query == null ? "" : "?" + query));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The request says POST, but what came over the wire was a GET: a saved post, replayed. */
  static boolean isReplayed(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && innermost(request) instanceof HttpServletRequest wire
        && "GET".equals(wire.getMethod());
  }

  private static ServletRequest innermost(ServletRequest request) {
    ServletRequest inner = request;
    while (inner instanceof ServletRequestWrapper wrapper) {
      inner = wrapper.getRequest();
    }
    return inner;
  }
}
