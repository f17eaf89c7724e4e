package org.painwise.config;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request comes from one of our own pages: its {@code Origin} header (or,
 * when a browser sent none, its {@code Referer}) must name the site's own origin. The site's origin
 * is the configured public base URL ({@code painwise.publicBaseUrl} or {@code
 * PAINWISE_PUBLIC_BASE_URL}) when there is one, otherwise the scheme, host and port the request was
 * made to. A request with neither header, or with {@code Origin: null}, does not prove anything and
 * is refused.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /** The configured public base URL, read at each call so that a test may set it. */
  public static Optional<String> publicBaseUrl() {
    String url = System.getProperty("painwise.publicBaseUrl");
    if (url == null || url.isBlank()) {
      url = System.getenv("PAINWISE_PUBLIC_BASE_URL");
    }
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
  }

  /**
   * @param origin the request's {@code Origin} header, or null
   * @param referer the request's {@code Referer} header, or null
   * @param scheme the scheme the request was made with (http or https)
   * @param host the request's {@code Host} header
   * @param publicBaseUrl the configured public base URL, or null
   */
  public static boolean allowed(
      String origin, String referer, String scheme, String host, String publicBaseUrl) {
    Optional<String> expected =
        publicBaseUrl != null ? normalise(publicBaseUrl) : normalise(scheme + "://" + host);
    if (expected.isEmpty()) {
      return false;
    }
    String source = origin != null ? origin : referer;
    if (source == null) {
      return false;
    }
    return normalise(source).map(expected.get()::equals).orElse(false);
  }

  /** {@code scheme://host:port} with the port always given, or empty for anything else. */
  static Optional<String> normalise(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null || uri.getRawUserInfo() != null) {
        return Optional.empty();
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if (port == -1) {
        port =
            switch (scheme) {
              case "http" -> 80;
              case "https" -> 443;
              default -> -1;
            };
      }
      if (port == -1) {
        return Optional.empty();
      }
      return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
