package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.util.Optional;

/** Parsing and canonical form of the decimal numbers used for weights and numeric answers. */
final class Decimals {
  /**
   * Numbers with more digits or a larger exponent than this are refused (they are never real
   * answers).
   */
  static final int MAX_DIGITS = 60;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

  private Decimals() {}

  /**
   * The canonical form used throughout the model, so that equal numbers are {@code equals}: no
   * trailing zeros, and never a negative scale ({@code 100}, not {@code 1E+2}).
   */
  static BigDecimal canonical(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Parses a plain decimal number ("3.14", "-2", ".5", "1e3"); empty when it is not one or is
   * absurdly large.
   */
  static Optional<BigDecimal> parse(String text) {
    String s = text.trim();
    if (s.isEmpty() || s.length() > MAX_DIGITS * 2) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
      if (!ok) {
        return Optional.empty();
      }
    }
    try {
      BigDecimal value = new BigDecimal(s);
      if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
        return Optional.empty();
      }
      return Optional.of(canonical(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Parses a weight in percent; empty unless it is a number from -100 to 100. */
  static Optional<BigDecimal> parsePercent(String text) {
    return parse(text).filter(Decimals::isPercent);
  }

  static boolean isPercent(BigDecimal value) {
    return value.compareTo(MINUS_HUNDRED) >= 0 && value.compareTo(HUNDRED) <= 0;
  }

  static String format(BigDecimal value) {
    return value.toPlainString();
  }
}
