package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed GIFT: each mistake is reported at its line and column, under the message key (and with
 * the arguments) that say what is wrong. {@code ProblemTextTest} checks the words the author reads.
 */
class GiftProblemsTest {

  private final GiftReader reader = new GiftReader();

  /** Reads {@code gift}, which must give no question and exactly one error, and returns it. */
  private Problem onlyError(String gift) {
    ParseResult r = reader.read(gift);
    assertEquals(List.of(), r.questions(), "no question is kept");
    assertEquals(1, r.problems().size(), r.problems()::toString);
    Problem p = r.problems().get(0);
    assertEquals(Problem.Severity.ERROR, p.severity());
    return p;
  }

  private static void assertAt(Problem p, int line, int column) {
    assertEquals(line, p.line(), p::describe);
    assertEquals(column, p.column(), p::describe);
  }

  private static void assertSays(Problem p, String key, String... args) {
    assertEquals(key, p.key(), p::describe);
    assertEquals(List.of(args), p.args(), p::describe);
  }

  @Test
  void unclosedAnswerBlock() {
    Problem p = onlyError("// comment\n\n// comment\n::Q1:: Stem\n    {\n  =a\n  ~b\n");
    assertAt(p, 5, 5);
    assertSays(p, "quiz_import.problem.blockNotClosed");
  }

  @Test
  void unclosedBlockFollowedByAnotherQuestionWithoutABlankLine() {
    Problem p = onlyError("Q1 {=a ~b\nQ2 {=c ~d}");
    assertAt(p, 2, 4);
    assertSays(p, "quiz_import.problem.blockNotClosedBefore", "1", "4");
  }

  @Test
  void closingBraceWithoutOpening() {
    Problem p = onlyError("Stem } {=a ~b}");
    assertAt(p, 1, 6);
    assertSays(p, "quiz_import.problem.closeWithoutOpen");
  }

  @Test
  void secondAnswerBlock() {
    Problem p = onlyError("Q1 {=a ~b}\nQ2 {=c ~d}");
    assertAt(p, 2, 4);
    assertSays(p, "quiz_import.problem.secondBlock");
  }

  @Test
  void titleNotClosed() {
    Problem p = onlyError("::Title without end Stem {T}");
    assertAt(p, 1, 1);
    assertSays(p, "quiz_import.problem.titleNotClosed");
  }

  @Test
  void matchingPairWithoutArrow() {
    Problem p = onlyError("Match {\n  =a -> 1\n  =b 2\n  =c -> 3\n}");
    assertAt(p, 3, 3);
    assertSays(p, "quiz_import.problem.pairWithoutArrow", "b 2");
  }

  @Test
  void weightThatIsNotANumber() {
    Problem p = onlyError("Stem {\n=a\n~%abc%b\n}");
    assertAt(p, 3, 2);
    assertSays(p, "quiz_import.problem.weightNotANumber", "abc");
  }

  @Test
  void weightOutOfRange() {
    assertSays(onlyError("Stem {=a ~%150%b}"), "quiz_import.problem.weightNotANumber", "150");
  }

  @Test
  void weightNotClosed() {
    Problem p = onlyError("Stem {=a ~%50 b}");
    assertAt(p, 1, 11);
    assertSays(p, "quiz_import.problem.weightNotClosed");
  }

  @Test
  void badNumber() {
    Problem p = onlyError("Stem {#\n =3.14:0.01\n =abc:1\n}");
    assertAt(p, 3, 3);
    assertSays(p, "quiz_import.problem.numericNotANumberGift", "abc:1");
  }

  @Test
  void badTolerance() {
    assertSays(onlyError("Stem {#3.14:x}"), "quiz_import.problem.numericNotANumberGift", "3.14:x");
  }

  @Test
  void reversedRange() {
    assertSays(onlyError("Stem {#5..1}"), "quiz_import.problem.reversedRange", "5..1", "1", "5");
  }

  @Test
  void negativeTolerance() {
    assertSays(onlyError("Stem {#3:-1}"), "quiz_import.problem.negativeTolerance", "1");
  }

  @Test
  void absurdlyLargeNumberIsRefusedQuickly() {
    assertSays(
        onlyError("Stem {#1e999999999}"),
        "quiz_import.problem.numericNotANumberGift",
        "1e999999999");
  }

  @Test
  void noCorrectAnswer() {
    Problem p = onlyError("\n::Q:: Stem {~a ~b ~c}");
    assertAt(p, 2, 1);
    assertSays(p, "quiz_import.problem.noCorrectAnswerGift");
  }

  @Test
  void shortAnswerWithOnlyZeroWeights() {
    assertSays(onlyError("Stem {=%0%a =%0%b}"), "quiz_import.problem.noCorrectAnswerGift");
  }

  @Test
  void onlyOneChoice() {
    assertSays(onlyError("Stem {~%100%only}"), "quiz_import.problem.tooFewChoices", "1");
  }

  @Test
  void emptyAnswer() {
    Problem p = onlyError("Stem {=a ~ #feedback only}");
    assertAt(p, 1, 10);
    assertSays(p, "quiz_import.problem.answerWithoutText", "2");
  }

  @Test
  void noQuestionText() {
    Problem p = onlyError("::Title:: {=a ~b}");
    assertSays(p, "quiz_import.problem.noText");
  }

  @Test
  void matchingWithOnePair() {
    assertSays(onlyError("Stem {=a -> 1 = -> 2}"), "quiz_import.problem.tooFewPairs", "1");
  }

  @Test
  void matchingPairWithoutRightSide() {
    Problem p = onlyError("Stem {=a -> 1 =b -> 2 =c ->}");
    assertAt(p, 1, 23);
    assertSays(p, "quiz_import.problem.pairWithoutAnswerGift", "3");
  }

  @Test
  void aBrokenQuestionDoesNotStopTheOthers() {
    ParseResult r = reader.read("Good {T}\n\nBad {=a ~b\n\nAlso good {F}");
    assertEquals(2, r.questions().size());
    assertEquals(1, r.errors().size());
    assertEquals(3, r.errors().get(0).line());
  }

  @Test
  void severalProblemsInOneQuestionAreAllReported() {
    ParseResult r = reader.read("Stem {=a ~%x%b ~%y%c}");
    assertEquals(2, r.errors().size());
    assertTrue(r.questions().isEmpty());
  }

  @Test
  void matchingFeedbackIsAWarningAndKeptAsText() {
    ParseResult r = reader.read("Stem {=a -> 1 #fb =b -> 2 =c -> 3}");
    assertEquals(1, r.questions().size());
    assertEquals("1 #fb", r.questions().get(0).choices().get(0).matchText());
    assertSays(r.warnings().get(0), "quiz_import.problem.pairFeedback", "1");
  }

  @Test
  void singleChoiceWithoutAFullMarkAnswerIsAWarning() {
    ParseResult r = reader.read("Stem {=%50%half ~b}");
    assertEquals(1, r.questions().size());
    assertSays(r.warnings().get(0), "quiz_import.problem.noFullCredit");
  }

  @Test
  void problemWithoutArgumentsOrTypeGetsEmptyOnes() {
    Problem p = new Problem(0, 0, Problem.Severity.ERROR, "quiz_import.problem.empty", null, null);
    assertEquals(List.of(), p.args());
    assertEquals("", p.unsupportedType());
  }

  @Test
  void nullInputThrowsTheLibrarysException() {
    assertThrows(QuizFormatException.class, () -> reader.read((String) null));
    assertThrows(QuizFormatException.class, () -> reader.read((java.io.Reader) null));
  }

  @Test
  void ioFailureThrowsTheLibrarysException() {
    java.io.Reader failing =
        new java.io.Reader() {
          @Override
          public int read(char[] buf, int off, int len) throws java.io.IOException {
            throw new java.io.IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    QuizFormatException e = assertThrows(QuizFormatException.class, () -> reader.read(failing));
    assertTrue(e.getMessage().contains("disk gone"));
  }
}
