package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the page's language writes them: #{numbers.percent(85)} is 85% in English and 85 % in
 * French; #{numbers.decimal(0.4567, 2)} is 0.46 or 0,46.
 */
@Named
@ApplicationScoped
public class Numbers {

  /** A whole percentage (0 to 100, as scores are kept). */
  public String percent(Number percent) {
    return percent == null ? "" : percent(percent, locale());
  }

  /** A number with at most {@code digits} decimals. */
  public String decimal(Number value, int digits) {
    return value == null ? "" : decimal(value, digits, locale());
  }

  static String percent(Number percent, Locale locale) {
    return NumberFormat.getPercentInstance(locale).format(percent.doubleValue() / 100);
  }

  static String decimal(Number value, int digits, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.ENGLISH;
  }
}
