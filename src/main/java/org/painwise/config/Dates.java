package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times in words people read, in the page's language: #{dates.format(x)}. */
@Named
@ApplicationScoped
public class Dates {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  public String format(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(ZONE)
            .format(instant);
  }

  public String day(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.ENGLISH;
  }
}
