package org.painwise.testsupport;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Bulk test rows in SQL that H2 and PostgreSQL both run: a derived table of the numbers 1 to n in a
 * column {@code x} (H2's {@code SYSTEM_RANGE} and PostgreSQL's {@code generate_series} are each
 * their own), made from cross joins of the digits 0 to 9.
 */
public final class SqlNumbers {

  private SqlNumbers() {}

  /** {@code (SELECT ... AS x ...) nums}: the numbers 1 to {@code n}, for a FROM clause. */
  public static String upTo(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    int places = String.valueOf(n).length();
    String digits =
        IntStream.range(0, 10).mapToObj(d -> "(" + d + ")").collect(Collectors.joining(", "));
    StringBuilder value = new StringBuilder();
    StringBuilder from = new StringBuilder();
    for (int p = 0; p < places; p++) {
      value.append(p == 0 ? "" : " + ").append("d").append(p).append(".d");
      for (int k = 0; k < p; k++) {
        value.append(" * 10");
      }
      from.append(p == 0 ? "" : ", ").append("(VALUES ").append(digits).append(") AS d");
      from.append(p).append("(d)");
    }
    return "(SELECT "
        + value
        + " + 1 AS x FROM "
        + from
        + " WHERE "
        + value
        + " + 1 <= "
        + n
        + ") nums";
  }
}
