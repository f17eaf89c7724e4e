package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswerMatchTest {

  private static boolean lenient(String typed, String accepted) {
    return AnswerMatch.matches(typed, accepted, true);
  }

  private static boolean exact(String typed, String accepted) {
    return AnswerMatch.matches(typed, accepted, false);
  }

  @Nested
  class Lenient {

    @Test
    void caseAndPunctuationDoNotCount() {
      assertTrue(lenient("Cortisol.", "cortisol"));
      assertTrue(lenient("cortisol", "Cortisol."));
      assertTrue(lenient("  CORTISOL!! ", "cortisol"));
    }

    @Test
    void spacesAndHyphensDoNotCount() {
      assertTrue(lenient("flare ups", "flare-ups"));
      assertTrue(lenient("flareups", "flare-ups"));
      assertTrue(lenient("flare-ups", "flare ups"));
      assertTrue(lenient("Flare  Ups", "flareups"));
    }

    @Test
    void oneWrongAddedOrMissingLetterInALongerAnswerCounts() {
      assertTrue(lenient("spinal chord", "spinal cord"), "one letter added");
      assertTrue(lenient("spinal cod", "spinal cord"), "one letter missing");
      assertTrue(lenient("spinal cerd", "spinal cord"), "one letter wrong");
      assertTrue(lenient("xortisol", "cortisol"), "the first letter wrong");
      assertTrue(lenient("cortisoll", "cortisol"), "a letter added at the end");
    }

    @Test
    void sixLettersIsTheShortestAnswerThatAllowsASlip() {
      assertTrue(lenient("spinee", "spines"), "6 letters: one wrong letter is fine");
      assertTrue(lenient("thalamos", "thalamus"));
      assertFalse(lenient("brainn", "brain"), "5 letters: one added letter is refused");
      assertFalse(lenient("brin", "brain"), "5 letters: one missing letter is refused");
      assertFalse(lenient("brawn", "brain"), "5 letters: one wrong letter is refused");
      assertFalse(lenient("pian", "pain"));
      assertTrue(lenient("Brain!", "brain"), "short answers still ignore case and punctuation");
    }

    @Test
    void theLengthCountsLettersAndDigitsOnly() {
      assertFalse(lenient("a-b-c-x-e", "a-b-c-d-e"), "5 letters with hyphens: no slip");
    }

    @Test
    void twoEditsAreRefused() {
      assertFalse(lenient("spinal chords", "spinal cord"));
      assertFalse(lenient("spinel chord", "spinal cord"));
      assertFalse(lenient("cortisone", "cortisol"));
      assertFalse(lenient("ocrtisol", "cortisol"), "a swap is two edits");
      assertFalse(lenient("spinal", "spinal cord"));
    }

    @Test
    void anEmptyAnswerNeverMatches() {
      assertFalse(lenient("", "cortisol"));
      assertFalse(lenient("   ", "cortisol"));
      assertFalse(lenient("...", "cortisol"));
      assertFalse(lenient("", ""));
      assertFalse(lenient("?", "!"), "nothing left of either is not a match");
    }

    @Test
    void accentedLettersAreLetters() {
      assertTrue(lenient("Système nerveux", "systeme nerveux"), "one letter wrong");
      assertTrue(lenient("e\u0301motion", "\u00e9motion"), "decomposed and composed é are equal");
      assertFalse(lenient("éte", "ete"));
    }
  }

  @Nested
  class Exact {

    @Test
    void caseAndSpacesAroundAndBetweenWordsDoNotCount() {
      assertTrue(exact("  Spinal   CORD ", "spinal cord"));
      assertTrue(exact("spinal cord", "Spinal Cord"));
    }

    @Test
    void punctuationAndSlipsCount() {
      assertFalse(exact("spinal chord", "spinal cord"));
      assertFalse(exact("Cortisol.", "cortisol"));
      assertFalse(exact("flare ups", "flare-ups"));
      assertFalse(exact("flareups", "flare ups"));
    }

    @Test
    void anEmptyAnswerNeverMatches() {
      assertFalse(exact("", "cortisol"));
      assertFalse(exact("  ", ""));
    }
  }

  @Test
  void withinOneEditIsLevenshteinAtMostOne() {
    assertTrue(AnswerMatch.withinOneEdit("abc", "abc"));
    assertTrue(AnswerMatch.withinOneEdit("abc", "abd"));
    assertTrue(AnswerMatch.withinOneEdit("abc", "ab"));
    assertTrue(AnswerMatch.withinOneEdit("bc", "abc"));
    assertTrue(AnswerMatch.withinOneEdit("", "a"));
    assertFalse(AnswerMatch.withinOneEdit("abc", "bca"));
    assertFalse(AnswerMatch.withinOneEdit("abc", "a"));
    assertFalse(AnswerMatch.withinOneEdit("abcd", "abdc"));
  }
}
