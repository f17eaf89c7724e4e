package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void weightsAreComparedByValue() {
    assertEquals(Choice.of("a", new BigDecimal("100.00"), ""), Choice.correct("a", ""));
    assertEquals(BigDecimal.valueOf(100), Choice.of("a", new BigDecimal("1E+2"), "").weight());
    assertTrue(Choice.of("a", new BigDecimal("100.0"), "").isFullCredit());
    assertFalse(Choice.of("a", BigDecimal.ZERO, "").isCorrect());
  }

  @Test
  void nullsBecomeEmpty() {
    Choice c = new Choice(null, null, null, null, null);
    assertEquals("", c.text());
    assertEquals(BigDecimal.ZERO, c.weight());
    ParsedQuestion q =
        new ParsedQuestion(
            null, null, null, QuestionType.SHORT_ANSWER, null, null, null, null, null, null, 0);
    assertEquals("", q.title());
    assertEquals(TextFormat.MOODLE, q.format());
    assertEquals(List.of(), q.choices());
    assertEquals("", q.conceptTag());
  }

  @Test
  void numericRange() {
    NumericAnswer n = NumericAnswer.range(new BigDecimal("1.5"), new BigDecimal("2"));
    assertEquals(NumericAnswer.of("1.75", "0.25"), n);
    assertEquals(new BigDecimal("1.5"), n.min());
    assertEquals(new BigDecimal("2"), n.max());
    assertTrue(n.accepts(new BigDecimal("1.6")));
    assertFalse(n.accepts(new BigDecimal("2.01")));
    assertEquals(
        NumericAnswer.of("500", "500"),
        NumericAnswer.range(BigDecimal.ZERO, new BigDecimal("1E+3")));
  }

  @Test
  void trueFalseView() {
    TrueFalseAnswer tf = new TrueFalseAnswer(false, "right", "wrong");
    assertEquals(
        List.of(Choice.wrong("True", "wrong"), Choice.correct("False", "right")), tf.toChoices());
    assertEquals(tf, TrueFalseAnswer.fromChoices(tf.toChoices()).orElseThrow());
    assertTrue(TrueFalseAnswer.fromChoices(List.of(Choice.correct("yes", ""))).isEmpty());
  }

  @Test
  void formatNames() {
    assertEquals(
        TextFormat.MOODLE, TextFormat.fromMoodleXmlName("moodle_auto_format").orElseThrow());
    assertEquals(TextFormat.PLAIN, TextFormat.fromMoodleXmlName("plain_text").orElseThrow());
    assertEquals(TextFormat.HTML, TextFormat.fromGiftName("HTML").orElseThrow());
    assertTrue(TextFormat.fromGiftName("rtf").isEmpty());
  }

  @Test
  void problemDescription() {
    Problem p =
        new Problem(
            12,
            5,
            Problem.Severity.ERROR,
            "quiz_import.problem.answerWithoutText",
            List.of("2"),
            "");
    assertEquals("12:5 quiz_import.problem.answerWithoutText [2]", p.describe());
    assertEquals("ERROR 12:5 quiz_import.problem.answerWithoutText [2]", p.toString());
    Problem warning = new Problem(3, 0, Problem.Severity.WARNING, "x", List.of(), "");
    assertEquals("3:0 x", warning.describe());
    assertFalse(warning.skipsQuestion());
  }
}
