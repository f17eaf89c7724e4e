package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An accepted numeric answer: {@code value} plus or minus {@code tolerance}. A GIFT range {@code
 * min..max} is stored as its midpoint with half the width as tolerance, as Moodle does.
 *
 * @param value the expected number
 * @param tolerance the accepted error, zero or more
 */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance) {

  /** Normalises both numbers to a canonical scale so that equal answers are equal. */
  public NumericAnswer {
    value = Decimals.canonical(Objects.requireNonNull(value, "value"));
    tolerance = Decimals.canonical(tolerance == null ? BigDecimal.ZERO : tolerance);
  }

  /**
   * @return an answer accepting exactly {@code value}
   */
  public static NumericAnswer exact(BigDecimal value) {
    return new NumericAnswer(value, BigDecimal.ZERO);
  }

  /**
   * @return an answer accepting {@code value} plus or minus {@code tolerance}
   */
  public static NumericAnswer of(String value, String tolerance) {
    return new NumericAnswer(new BigDecimal(value), new BigDecimal(tolerance));
  }

  /**
   * @return an answer accepting every number from {@code min} to {@code max}
   */
  public static NumericAnswer range(BigDecimal min, BigDecimal max) {
    BigDecimal two = BigDecimal.valueOf(2);
    int scale = Math.max(0, Math.max(min.scale(), max.scale())) + 1;
    BigDecimal mid = min.add(max).divide(two, scale, RoundingMode.UNNECESSARY);
    BigDecimal half = max.subtract(min).divide(two, scale, RoundingMode.UNNECESSARY);
    return new NumericAnswer(mid, half);
  }

  /**
   * @return the smallest accepted number
   */
  public BigDecimal min() {
    return Decimals.canonical(value.subtract(tolerance));
  }

  /**
   * @return the largest accepted number
   */
  public BigDecimal max() {
    return Decimals.canonical(value.add(tolerance));
  }

  /**
   * @return whether {@code candidate} is accepted
   */
  public boolean accepts(BigDecimal candidate) {
    return candidate.compareTo(min()) >= 0 && candidate.compareTo(max()) <= 0;
  }
}
