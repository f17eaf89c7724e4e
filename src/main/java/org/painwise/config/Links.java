package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;

/**
 * Absolute links to pages of the application, for emails: the {@link PublicBaseUrl public base URL}
 * plus the context path, never a request's {@code Host} header. Works outside requests (the
 * reminder timer) too.
 */
@ApplicationScoped
public class Links {

  private volatile String contextPath = "";

  void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    contextPath = context.getContextPath();
  }

  /** The absolute URL of {@code path} (with its query), e.g. {@code /login}. */
  public String to(String path) {
    return PublicBaseUrl.configured().of(contextPath, path);
  }
}
