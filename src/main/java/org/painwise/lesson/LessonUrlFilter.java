package org.painwise.lesson;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clean lesson URLs: /lessons/{module} shows the module, /lessons/{module}/{page} shows a page. The
 * request is forwarded to the Faces view, so the address bar keeps the clean URL (and the login
 * redirect brings the learner back to it).
 */
@WebFilter(urlPatterns = "/lessons/*")
public class LessonUrlFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/lessons/([a-z0-9-]{1,80})(?:/([a-z0-9-]{1,80}))?/?");
  private static final Set<String> VIEWS = Set.of("index", "module", "page");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher m = PATH.matcher(path);
    if (m.matches() && !VIEWS.contains(m.group(1))) {
      String target =
          m.group(2) == null
              ? "/lessons/module?module=" + m.group(1)
              : "/lessons/page?module=" + m.group(1) + "&page=" + m.group(2);
      request.getRequestDispatcher(target).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
