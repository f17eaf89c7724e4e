package org.painwise.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bad form posts get a clear answer, never a 500 and never an echo:
 *
 * <ul>
 *   <li>a form with more parameters than the server reads ({@code max-parameters}), or a field
 *       longer than {@link #maxFieldChars()}, gets 413 and a short page that repeats nothing of it;
 *   <li>a view state that Faces did not make (not {@code stateless}, not {@code id:id}) is handed
 *       on as a well-formed unknown one, so Faces answers as for an expired view: the "this page
 *       timed out" page, with status 400.
 * </ul>
 *
 * And a well-formed postback runs alone in its view: one request at a time per view state and
 * session ({@link ViewLocks}); a postback that waited too long for the one before it gets 503.
 *
 * <p>Only URL-encoded posts are read here; file uploads keep their own limits (web.xml).
 */
@WebFilter(filterName = "FormGuardFilter", urlPatterns = "/*")
public class FormGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  /** What Mojarra's server-side state saving writes: a stateless marker or two ids. */
  private static final Pattern WELL_FORMED_VIEW_STATE =
      Pattern.compile("stateless|-?[0-9]{1,20}:-?[0-9]{1,20}");

  /** Stands for a forged view state: well formed, so Faces looks it up and finds no such view. */
  static final String UNKNOWN_VIEW_STATE = "0:0";

  /** The longest form field the app reads, in characters; {@code painwise.form.maxFieldChars}. */
  static int maxFieldChars() {
    return Integer.getInteger("painwise.form.maxFieldChars", 100_000);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) || !isUrlEncoded(request.getContentType())) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (RuntimeException e) {
      if (!tooLarge(e)) {
        throw e;
      }
      tooLarge(request, response);
      return;
    }
    int max = maxFieldChars();
    for (String[] values : parameters.values()) {
      for (String value : values) {
        if (value != null && value.length() > max) {
          tooLarge(request, response);
          return;
        }
      }
    }
    String[] viewState = parameters.get(VIEW_STATE);
    if (viewState != null
        && Arrays.stream(viewState)
            .anyMatch(v -> v == null || !WELL_FORMED_VIEW_STATE.matcher(v).matches())) {
      chain.doFilter(new UnknownViewState(request), response);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session == null
        || viewState == null
        || viewState.length != 1
        || viewState[0].equals("stateless")) {
      chain.doFilter(request, response);
      return;
    }
    boolean ran;
    try {
      ran =
          ViewLocks.runAlone(
              session.getId(), viewState[0], () -> chain.doFilter(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
    if (!ran) {
      plainAnswer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, PlainAnswer.BUSY);
    }
  }

  static boolean isUrlEncoded(String contentType) {
    return contentType != null
        && contentType
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded");
  }

  /** Undertow's "too many parameters" or "request too big", wrapped by the servlet layer. */
  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.equals("ParameterLimitException") || name.equals("RequestTooBigException")) {
        return true;
      }
    }
    return false;
  }

  private static void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    plainAnswer(request, response, 413, PlainAnswer.TOO_LARGE);
  }

  private static void plainAnswer(
      HttpServletRequest request, HttpServletResponse response, int status, String prefix)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            PlainAnswer.html(
                prefix, request.getHeader("Accept-Language"), request.getContextPath() + "/"));
  }

  /** The request with its forged view state replaced by {@link #UNKNOWN_VIEW_STATE}. */
  private static final class UnknownViewState extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    UnknownViewState(HttpServletRequest request) {
      super(request);
      Map<String, String[]> copy = new LinkedHashMap<>(request.getParameterMap());
      copy.put(VIEW_STATE, new String[] {UNKNOWN_VIEW_STATE});
      parameters = Collections.unmodifiableMap(copy);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }
  }
}
