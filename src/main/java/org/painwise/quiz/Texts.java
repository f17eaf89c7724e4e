package org.painwise.quiz;

/** Small text helpers of the quiz package. */
final class Texts {
  private Texts() {}

  static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
