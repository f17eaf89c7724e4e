package org.painwise.config;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from i18n/messages*.properties, so no user-visible text lives in Java. */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : faces.getApplication().getDefaultLocale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, key, args);
  }

  /** An error shown beside one field (its client id) and in the page's message area. */
  public static void fieldError(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
  }

  /**
   * A service's refusal of a form's value object, each violation beside its field ({@code
   * formId:property}, or in the page's message area when {@code formId} is null), and the request
   * marked as failed validation. The form normally catches these first, through the same
   * constraints; this is the backstop.
   */
  public static void violations(String formId, ConstraintViolationException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      faces.addMessage(
          formId == null ? null : formId + ":" + v.getPropertyPath(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
    }
    faces.validationFailed();
  }

  /** Keeps messages across a redirect. */
  public static void keepAcrossRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
