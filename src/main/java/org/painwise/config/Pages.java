package org.painwise.config;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Navigation helpers for backing beans: the 404 page, and redirects within the app. */
public final class Pages {

  private Pages() {}

  /** Answers with the 404 page: for something missing, or that the viewer may not see. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Redirects to a path within the app, such as {@code /quiz/result?attempt=12}. */
  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a PrimeFaces data table back to its first page, e.g. after a new search. */
  public static void firstPage(String tableClientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)
        instanceof org.primefaces.component.datatable.DataTable t) {
      t.setFirst(0);
    }
  }

  /** A query parameter value, encoded. */
  public static String param(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
