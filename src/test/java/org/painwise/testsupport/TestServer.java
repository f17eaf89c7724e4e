package org.painwise.testsupport;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * The suite's one test server, which the build starts and deploys the WAR to once, before the
 * integration tests (the WildFly Maven plugin's start and deploy-only goals), and stops after them.
 * Black-box ITs reach the application there over HTTP.
 */
public final class TestServer {

  private TestServer() {}

  /** The application's root URL, ending in a slash: {@code http://127.0.0.1:8080/painwise-it/}. */
  public static URL url() {
    String url = System.getProperty("painwise.it.url", "http://127.0.0.1:8080/painwise-it/");
    try {
      return URI.create(url.endsWith("/") ? url : url + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("painwise.it.url is not a URL: " + url, e);
    }
  }
}
