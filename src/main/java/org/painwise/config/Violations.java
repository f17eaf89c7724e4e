package org.painwise.config;

import jakarta.faces.application.FacesMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** A service's refusal of a form's value object, shown as Faces messages. */
public final class Violations {

  private Violations() {}

  /**
   * Shows each violation beside its field ({@code formId:property}, or in the page's message area
   * when {@code formId} is null) and marks the request as failed validation. The form normally
   * catches these first, through the same constraints; this is the backstop. The messages are
   * already interpolated by Bean Validation, so they bypass the key resolver.
   */
  public static void show(String formId, ConstraintViolationException e) {
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      Messages.add(
          formId == null ? null : formId + ":" + v.getPropertyPath(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
    }
    Faces.validationFailed();
  }
}
