package org.painwise.config;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The one place where every response of the application gets its security headers: pages, static
 * files, Faces resources, redirects (the login redirect too, which no servlet filter sees), 404s
 * and error pages. An Undertow handler at the very start of the deployment's chain (WildFly puts
 * Undertow on every web deployment's class path; {@code META-INF/services} registers it):
 *
 * <ul>
 *   <li>A request from a {@link TrustedProxies trusted proxy} that says {@code X-Forwarded-Proto:
 *       https} counts as HTTPS ({@code request.isSecure()}, {@code getScheme()}).
 *   <li>Just before the headers go out: {@code Content-Security-Policy} (the policy of {@code
 *       primefaces.CSP_POLICY} in web.xml, unless PrimeFaces already sent it with this page's
 *       script nonce), {@code X-Content-Type-Options}, {@code X-Frame-Options}, {@code
 *       Referrer-Policy}, {@code Permissions-Policy}; over HTTPS also {@code
 *       Strict-Transport-Security} and {@code Secure} on every cookie, the session cookie included.
 *   <li>A redirect that the container made absolute from the request's {@code Host} header points
 *       at the {@link PublicBaseUrl public base URL} instead.
 *   <li>Then {@link RequestGuard}, the CSRF check, which therefore sees the scheme a trusted proxy
 *       reported, and whose refusals carry these headers like every other response.
 * </ul>
 */
public final class SecurityHeaders implements ServletExtension {

  /** The policy, shared with PrimeFaces, which adds its nonce to the last directive. */
  static final String POLICY_PARAM = "primefaces.CSP_POLICY";

  static final String PERMISSIONS =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
          + " microphone=(), payment=(), usb=()";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
  private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
  private static final HttpString REFERRER = new HttpString("Referrer-Policy");
  private static final HttpString PERMISSIONS_POLICY = new HttpString("Permissions-Policy");
  private static final HttpString STS = new HttpString("Strict-Transport-Security");
  private static final HttpString FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    String policy = deployment.getInitParameters().get(POLICY_PARAM);
    if (policy == null || policy.isBlank()) {
      throw new IllegalStateException(POLICY_PARAM + " must be set in web.xml");
    }
    TrustedProxies proxies = TrustedProxies.configured();
    PublicBaseUrl publicBaseUrl = PublicBaseUrl.configured();
    HandlerWrapper guard = RequestGuard.wrapper(deployment.getContextPath());
    // One wrapper, so that the order is ours and not that of the service file: these headers (and
    // the scheme a trusted proxy reports) first, then the CSRF guard, whose refusals carry them
    // too.
    deployment.addInitialHandlerChainWrapper(
        next -> {
          // A followed redirect of a Faces ajax request is answered as an ajax redirect
          // (RedirectedAjax) before anything else looks at it.
          HttpHandler guarded = guard.wrap(RedirectedAjax.wrapper().wrap(next));
          return exchange -> {
            prepare(exchange, policy.trim(), proxies, publicBaseUrl);
            guarded.handleRequest(exchange);
          };
        });
  }

  private static void prepare(
      HttpServerExchange exchange,
      String policy,
      TrustedProxies proxies,
      PublicBaseUrl publicBaseUrl) {
    InetSocketAddress peer = exchange.getSourceAddress();
    if (proxies.forwardedHttps(
        peer == null ? null : peer.getAddress(),
        exchange.getRequestHeaders().getFirst(FORWARDED_PROTO))) {
      exchange.setRequestScheme("https");
    }
    boolean secure = exchange.isSecure();
    String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
    exchange.addResponseCommitListener(
        committing -> {
          HeaderMap headers = committing.getResponseHeaders();
          if (!headers.contains(CSP)) {
            headers.put(CSP, policy);
          }
          headers.put(NOSNIFF, "nosniff");
          headers.put(FRAME_OPTIONS, "DENY");
          headers.put(REFERRER, "strict-origin-when-cross-origin");
          headers.put(PERMISSIONS_POLICY, PERMISSIONS);
          if (secure) {
            headers.put(STS, HSTS);
            for (Cookie cookie : committing.responseCookies()) {
              cookie.setSecure(true);
            }
          }
          String location = headers.getFirst(Headers.LOCATION);
          if (location != null) {
            headers.put(Headers.LOCATION, publicLocation(location, host, publicBaseUrl));
          }
        });
  }

  /**
   * A redirect the container made absolute with the request's own {@code Host} (its name, whatever
   * the port), moved to the public base URL; any other location is left alone.
   */
  static String publicLocation(String location, String host, PublicBaseUrl publicBaseUrl) {
    URI uri;
    try {
      uri = URI.create(location.trim());
    } catch (IllegalArgumentException e) {
      return location;
    }
    String requestHost = hostName(host);
    if (requestHost == null
        || uri.getScheme() == null
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
        || !uri.getHost().equalsIgnoreCase(requestHost)) {
      return location;
    }
    StringBuilder rest = new StringBuilder(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      rest.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      rest.append('#').append(uri.getRawFragment());
    }
    return publicBaseUrl.origin() + rest;
  }

  /** The name in a Host header, without its port: {@code evil.example}, {@code [::1]}. */
  static String hostName(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    String h = host.trim();
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
