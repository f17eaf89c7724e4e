package org.painwise.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/**
 * Backing bean of the error pages. A forbidden page answers exactly like a missing one, status
 * included, so a restricted page never confirms that it exists; an expired page answers 400.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

  public void answerAsNotFound() {
    Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }

  /**
   * An expired or forged view state: the request cannot be carried out, so it answers 400 (not the
   * 500 of an exception), with the page that asks to open the page again.
   */
  public void answerAsExpired() {
    // An ajax request keeps 200: faces.js would drop a partial response with an error status.
    if (!Faces.isAjaxRequest()) {
      Faces.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
  }
}
