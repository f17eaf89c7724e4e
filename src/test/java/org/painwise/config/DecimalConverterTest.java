package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decimal fields show what a person would type, in their language, and read either mark. */
class DecimalConverterTest {

  private static final Locale FR = Locale.CANADA_FRENCH;

  @Test
  void storedCreditsLoseTheirTrailingZeros() {
    assertEquals("100", DecimalConverter.format(new BigDecimal("100.00000"), Locale.ENGLISH));
    assertEquals("33.33333", DecimalConverter.format(new BigDecimal("33.33333"), Locale.ENGLISH));
    assertEquals("-50", DecimalConverter.format(new BigDecimal("-50.00000"), Locale.ENGLISH));
    assertEquals("0", DecimalConverter.format(new BigDecimal("0.00000"), Locale.ENGLISH));
  }

  @Test
  void frenchUsesTheCommaAndNoGrouping() {
    assertEquals("2,5", DecimalConverter.format(new BigDecimal("2.50000000"), FR));
    assertEquals("12345,125", DecimalConverter.format(new BigDecimal("12345.125"), FR));
    assertEquals("12345.125", DecimalConverter.format(new BigDecimal("12345.125"), Locale.ENGLISH));
  }

  @Test
  void eitherDecimalMarkIsRead() {
    assertEquals(Optional.of(new BigDecimal("2.5")), DecimalConverter.parse("2,5", FR));
    assertEquals(Optional.of(new BigDecimal("2.5")), DecimalConverter.parse("2.5", FR));
    assertEquals(Optional.of(new BigDecimal("2.5")), DecimalConverter.parse("2.5", Locale.ENGLISH));
    assertEquals(
        Optional.of(new BigDecimal("2.5")), DecimalConverter.parse(" 2,5 ", Locale.ENGLISH));
    assertEquals(Optional.of(new BigDecimal("-100")), DecimalConverter.parse("-100", FR));
    assertEquals(Optional.of(new BigDecimal("-100")), DecimalConverter.parse("\u2212100", FR));
  }

  @Test
  void whatIsNotANumberIsRefused() {
    assertTrue(DecimalConverter.parse("abc", Locale.ENGLISH).isEmpty());
    assertTrue(DecimalConverter.parse("1,000.5", Locale.ENGLISH).isEmpty());
    assertTrue(DecimalConverter.parse("1.2.3", FR).isEmpty());
    assertTrue(DecimalConverter.parse("12%", Locale.ENGLISH).isEmpty());
    assertTrue(DecimalConverter.parse("2,500", Locale.ENGLISH).isEmpty(), "a thousands group");
    assertEquals(
        0, new BigDecimal("2.5").compareTo(DecimalConverter.parse("2,500", FR).orElseThrow()));
  }

  @Test
  void aFormattedValueReadsBackTheSame() {
    for (String v : new String[] {"100.00000", "33.33333", "-12.5", "0.00000001"}) {
      for (Locale l : new Locale[] {Locale.ENGLISH, FR}) {
        BigDecimal value = new BigDecimal(v);
        assertEquals(
            0,
            value.compareTo(
                DecimalConverter.parse(DecimalConverter.format(value, l), l).orElseThrow()),
            v + " in " + l);
      }
    }
  }
}
