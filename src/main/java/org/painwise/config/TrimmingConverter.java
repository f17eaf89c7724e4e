package org.painwise.config;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Trims the spaces around every submitted text, so that " name@example.org " is a valid email.
 * Passwords are kept exactly as typed.
 */
@FacesConverter(forClass = String.class)
public class TrimmingConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || component instanceof HtmlInputSecret) {
      return value;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
