package org.painwise.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/**
 * Backing bean of the error pages. A forbidden page answers exactly like a missing one, status
 * included, so a restricted page never confirms that it exists.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

  public void answerAsNotFound() {
    Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }
}
