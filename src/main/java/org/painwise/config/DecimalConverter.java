package org.painwise.config;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import org.omnifaces.util.Messages;

/**
 * Every decimal field (a credit, a numeric answer, a tolerance) in the reader's language: 100
 * rather than the stored 100.00000, 2.5 in English and 2,5 in French. Either decimal mark is
 * accepted when the value has only one (2.5 and 2,5 both read as two and a half in French);
 * grouping separators are not, so 1,000 is refused rather than read as one.
 */
@FacesConverter(DecimalConverter.ID)
public class DecimalConverter implements Converter<BigDecimal> {

  /**
   * Named on each decimal field ({@code <f:converter converterId="painwise.decimal"/>}): Mojarra
   * keeps its own converter for the BigDecimal type however another is registered for it.
   */
  public static final String ID = "painwise.decimal";

  /** Enough digits for every stored scale (credits keep 5 decimals, numeric answers 8). */
  private static final int MAX_FRACTION_DIGITS = 8;

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return parse(value, locale(context))
        .orElseThrow(
            () ->
                new ConverterException(
                    Messages.createError("field.message.error.number", label(component))));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : format(value, locale(context));
  }

  /** The value in the locale's notation, without grouping and without trailing zeros. */
  public static String format(BigDecimal value, Locale locale) {
    DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
    format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
    format.setGroupingUsed(false);
    return format.format(value);
  }

  /** The number typed, in the locale's notation or with the other decimal mark. */
  public static java.util.Optional<BigDecimal> parse(String text, Locale locale) {
    String s = text.strip().replace('\u2212', '-');
    DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
    format.setGroupingUsed(false);
    format.setParseBigDecimal(true);
    ParsePosition position = new ParsePosition(0);
    Number parsed = format.parse(s, position);
    if (parsed != null && position.getIndex() == s.length() && position.getErrorIndex() < 0) {
      return java.util.Optional.of((BigDecimal) parsed);
    }
    if (s.matches("[-+]?\\d{1,3}([,.]\\d{3})+")
        && s.indexOf(format.getDecimalFormatSymbols().getDecimalSeparator()) < 0) {
      // 1,000 in English (or 1.000 in French) reads as a thousand to some and one to others.
      return java.util.Optional.empty();
    }
    String plain = s.replace(',', '.');
    if (plain.chars().filter(c -> c == '.').count() <= 1 && plain.matches("[-+]?\\d*\\.?\\d+")) {
      return java.util.Optional.of(new BigDecimal(plain));
    }
    return java.util.Optional.empty();
  }

  private static Locale locale(FacesContext context) {
    return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
  }

  private static Object label(UIComponent component) {
    Object label = component.getAttributes().get("label");
    return label != null ? label : component.getId();
  }
}
