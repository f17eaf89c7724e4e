package org.painwise.config;

import java.net.URI;
import java.util.logging.Logger;

/**
 * Where people reach the server, for every absolute link we hand out (invitation links, emails,
 * redirects): {@code painwise.publicBaseUrl} (or {@code PAINWISE_PUBLIC_BASE_URL}), a scheme, host
 * and optional port such as {@code https://painwise.example.org}. The application's context path is
 * added to it. The {@code Host} header of a request is never used: anyone can set it, and a link
 * built from it sends people elsewhere. Unset, it is {@code http://localhost:8080} (the development
 * server), with a warning in the log.
 */
public final class PublicBaseUrl {

  private static final Logger LOG = Logger.getLogger(PublicBaseUrl.class.getName());
  static final String DEFAULT = "http://localhost:8080";

  private static volatile PublicBaseUrl configured;

  private final String origin;

  PublicBaseUrl(String url) {
    URI uri = URI.create(url.trim());
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "painwise.publicBaseUrl must be an http or https URL: " + url);
    }
    this.origin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** From the system property or environment variable, read once. */
  public static PublicBaseUrl configured() {
    PublicBaseUrl url = configured;
    if (url == null) {
      url =
          new PublicBaseUrl(
              Settings.read("painwise.publicBaseUrl")
                  .orElseGet(
                      () -> {
                        LOG.warning("painwise.publicBaseUrl is not set: links point at " + DEFAULT);
                        return DEFAULT;
                      }));
      configured = url;
    }
    return url;
  }

  /** Scheme, host and port, without a slash at the end: {@code https://painwise.example.org}. */
  public String origin() {
    return origin;
  }

  /** An absolute URL for a path in the application: {@code contextPath} + {@code path}. */
  public String of(String contextPath, String path) {
    return origin + contextPath + (path.startsWith("/") ? path : "/" + path);
  }
}
