package org.painwise.config;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.util.Locale;
import java.util.Set;

/**
 * The one check that every state-changing request comes from our own pages (CSRF), for Faces forms,
 * stateless views and REST calls alike: a POST, PUT, PATCH or DELETE must carry an {@code Origin}
 * (or, when the browser sent none, a {@code Referer}) of this site, see {@link SameOrigin}. REST
 * calls ({@code /api/*}) must also be JSON, which a page on another site cannot send without a CORS
 * preflight that this server never answers.
 *
 * <p>It runs as an Undertow handler at the very start of the request, before authentication and
 * before any session is looked up or made, so a refused request never creates, changes or replaces
 * the session cookie, and is never saved for after the login page.
 */
public final class RequestGuard implements HttpHandler {

  private static final Set<String> SAFE_METHODS =
      Set.of(Methods.GET_STRING, Methods.HEAD_STRING, Methods.OPTIONS_STRING, Methods.TRACE_STRING);

  private final HttpHandler next;
  private final String contextPath;

  RequestGuard(HttpHandler next, String contextPath) {
    this.next = next;
    this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
  }

  /** Wraps the deployment's handler chain, inside {@link SecurityHeaders}. */
  static HandlerWrapper wrapper(String contextPath) {
    return next -> new RequestGuard(next, contextPath);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (SAFE_METHODS.contains(exchange.getRequestMethod().toString())
        || isTestProtocol(exchange.getRequestPath())) {
      next.handleRequest(exchange);
      return;
    }
    HeaderMap headers = exchange.getRequestHeaders();
    boolean sameOrigin =
        SameOrigin.allowed(
            headers.getFirst(Headers.ORIGIN),
            headers.getFirst(Headers.REFERER),
            exchange.getRequestScheme(),
            headers.getFirst(Headers.HOST),
            SameOrigin.publicBaseUrl().orElse(null));
    if (!sameOrigin) {
      answer(exchange, 403, PlainAnswer.REFUSED);
      return;
    }
    if (isApi(exchange.getRequestPath()) && !isJson(headers.getFirst(Headers.CONTENT_TYPE))) {
      answer(exchange, 415, PlainAnswer.UNSUPPORTED);
      return;
    }
    next.handleRequest(exchange);
  }

  /**
   * The servlet of Arquillian's test protocol, which exists only in the in-container test archives
   * (never in the application's WAR): its command channel posts from the test JVM, not a browser.
   */
  private static boolean isTestProtocol(String requestPath) {
    return requestPath.endsWith("/ArquillianServletRunnerEE9")
        || requestPath.endsWith("/ArquillianServletRunner");
  }

  private boolean isApi(String requestPath) {
    String path =
        requestPath.startsWith(contextPath)
            ? requestPath.substring(contextPath.length())
            : requestPath;
    return path.startsWith("/api/");
  }

  /** {@code application/json}, with or without parameters such as a charset. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT).equals("application/json");
  }

  private void answer(HttpServerExchange exchange, int status, String prefix) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange
        .getResponseSender()
        .send(
            PlainAnswer.html(
                prefix,
                exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE),
                contextPath + "/"));
  }
}
