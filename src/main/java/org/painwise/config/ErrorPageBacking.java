package org.painwise.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backing bean of the error pages. A forbidden page answers exactly like a missing one, status
 * included, so a restricted page never confirms that it exists.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

  public void answerAsNotFound() {
    HttpServletResponse response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
  }
}
