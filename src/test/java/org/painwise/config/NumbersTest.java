package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Percentages and decimals as each language writes them. */
class NumbersTest {

  @Test
  void percentagesFollowTheLanguage() {
    assertEquals("85%", Numbers.percent(85, Locale.ENGLISH));
    assertEquals("85\u00a0%", Numbers.percent(85, Locale.CANADA_FRENCH));
    assertEquals("100%", Numbers.percent(100, Locale.ENGLISH));
  }

  @Test
  void decimalsFollowTheLanguage() {
    assertEquals("0.46", Numbers.decimal(0.4567, 2, Locale.ENGLISH));
    assertEquals("0,46", Numbers.decimal(0.4567, 2, Locale.CANADA_FRENCH));
    assertEquals("1,234.5", Numbers.decimal(1234.5, 2, Locale.ENGLISH));
  }
}
