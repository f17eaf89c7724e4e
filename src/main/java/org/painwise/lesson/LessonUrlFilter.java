package org.painwise.lesson;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
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
      Map<String, String[]> params = new LinkedHashMap<>();
      params.put("module", new String[] {m.group(1)});
      if (m.group(2) != null) {
        params.put("page", new String[] {m.group(2)});
      }
      String target = m.group(2) == null ? "/lessons/module" : "/lessons/page";
      // The slugs travel as parameters of a wrapper, not of a query string: right after sign-in,
      // the security layer replays the saved request through its own wrapper, whose parameters
      // (none) would hide a forward's query string, and the page would not be found.
      request.getRequestDispatcher(target).forward(new WithParams(request, params), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The request with the lesson's slugs as parameters, whatever a wrapper below says. */
  private static final class WithParams extends HttpServletRequestWrapper {

    private final Map<String, String[]> params;

    WithParams(HttpServletRequest request, Map<String, String[]> slugs) {
      super(request);
      Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
      all.putAll(slugs);
      this.params = Collections.unmodifiableMap(all);
    }

    @Override
    public String getParameter(String name) {
      String[] values = params.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return params;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(params.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return params.get(name);
    }
  }
}
