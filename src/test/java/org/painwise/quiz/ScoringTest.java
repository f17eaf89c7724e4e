package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.QuestionType;

class ScoringTest {

  private static BigDecimal credit(QuestionContent q, Response r) {
    return Scoring.mark(q, r).credit();
  }

  private static void assertCredit(String expected, QuestionContent q, Response r) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(credit(q, r)),
        "expected " + expected + " but was " + credit(q, r));
  }

  @Nested
  class MultipleChoice {
    private final QuestionDraft q = multiple();

    private QuestionDraft multiple() {
      QuestionDraft d = new QuestionDraft(QuestionType.MULTIPLE_CHOICE, "Which?");
      d.setConceptTag("brain-decides");
      d.addChoice("a", 50, "yes a");
      d.addChoice("b", 50, "yes b");
      d.addChoice("c", -50, "no c").setConceptTag("nociception");
      d.addChoice("d", -100, "no d");
      return d;
    }

    @Test
    void allRightPicksGiveFullCredit() {
      assertCredit("1", q, Response.picks(List.of(0, 1)));
      assertTrue(Scoring.mark(q, Response.picks(List.of(0, 1))).missedConcepts().isEmpty());
    }

    @Test
    void oneRightPickGivesPartialCredit() {
      assertCredit("0.5", q, Response.picks(List.of(1)));
      assertEquals(
          Set.of("brain-decides"), Scoring.mark(q, Response.picks(List.of(1))).missedConcepts());
    }

    @Test
    void aWrongPickCosts() {
      assertCredit("0.5", q, Response.picks(List.of(0, 1, 2)));
    }

    @Test
    void negativeTotalsAreFlooredAtZero() {
      assertCredit("0", q, Response.picks(List.of(0, 3)));
      assertCredit("0", q, Response.picks(List.of(2, 3)));
    }

    @Test
    void aWrongPickNamesItsOwnConceptElseTheQuestions() {
      assertEquals(
          Set.of("nociception", "brain-decides"),
          Scoring.mark(q, Response.picks(List.of(2, 3))).missedConcepts());
    }

    @Test
    void aPickTwiceCountsOnceAndUnknownPositionsAreIgnored() {
      assertCredit("0.5", q, new Response(List.of(0, 0, 9), Map.of(), ""));
    }
  }

  @Test
  void singleChoiceUsesTheWeightOfThePickAndNeverGoesNegative() {
    QuestionDraft q = new QuestionDraft(QuestionType.SINGLE_CHOICE, "One?");
    q.addChoice("right", 100, "");
    q.addChoice("half", 50, "");
    q.addChoice("bad", -25, "");
    assertCredit("1", q, Response.picks(List.of(0)));
    assertCredit("0.5", q, Response.picks(List.of(1)));
    assertCredit("0", q, Response.picks(List.of(2)));
    assertCredit("0", q, Response.EMPTY);
  }

  @Test
  void shortAnswersIgnoreCaseAndSpaces() {
    QuestionDraft q = new QuestionDraft(QuestionType.SHORT_ANSWER, "Bundle?");
    q.setLenientMatch(false);
    q.addChoice("spinal cord", 100, "Right");
    q.addChoice("the spinal cord", 100, "Right");
    q.addChoice("spine", 50, "Close");
    assertCredit("1", q, Response.text("  Spinal   CORD "));
    assertCredit("1", q, Response.text("The spinal cord"));
    assertCredit("0.5", q, Response.text("SPINE"));
    assertCredit("0", q, Response.text("spinal"));
    assertEquals("Close", Scoring.mark(q, Response.text("spine")).picked().get(0).getFeedback());
  }

  @Test
  void aLenientShortAnswerForgivesOneSlipAndPunctuation() {
    QuestionDraft q = new QuestionDraft(QuestionType.SHORT_ANSWER, "Bundle?");
    q.setLenientMatch(true);
    q.addChoice("spinal cord", 100, "Right");
    q.addChoice("spine", 50, "Close");
    assertCredit("1", q, Response.text("spinal chord"));
    assertCredit("1", q, Response.text("Spinal-cord."));
    assertEquals(
        "Right", Scoring.mark(q, Response.text("spinal chord")).picked().get(0).getFeedback());
    assertCredit("0.5", q, Response.text("spine!"));
    assertCredit("0", q, Response.text("spinee")); // a 5-letter answer allows no slip
    assertCredit("0", q, Response.text("spinel chord"));
    assertCredit("0", q, Response.EMPTY);
  }

  @Test
  void anExactShortAnswerGivesNoCreditForASlip() {
    QuestionDraft q = new QuestionDraft(QuestionType.SHORT_ANSWER, "Bundle?");
    q.setLenientMatch(false);
    q.addChoice("spinal cord", 100, "Right");
    assertCredit("0", q, Response.text("spinal chord"));
    assertCredit("0", q, Response.text("spinal-cord"));
    assertCredit("1", q, Response.text(" Spinal  cord "));
    assertTrue(Scoring.mark(q, Response.text("spinal chord")).picked().isEmpty());
  }

  @Test
  void newQuestionsAreLenientAndImportedOnesExact() {
    assertTrue(new QuestionDraft(QuestionType.SHORT_ANSWER, "?").isLenientMatch());
    assertTrue(new QuestionDraft().isLenientMatch());
    QuestionDraft imported =
        QuestionMapping.fromParsed(
            ParsedQuestion.builder(QuestionType.SHORT_ANSWER).text("Bundle?").build());
    assertFalse(imported.isLenientMatch());
    assertFalse(QuestionDraft.of(imported).isLenientMatch(), "a copy keeps the setting");
  }

  @Test
  void matchingGivesTheShareOfRightPairs() {
    QuestionDraft q = new QuestionDraft(QuestionType.MATCHING, "Match");
    for (String[] pair :
        new String[][] {
          {"Sharp", "pin"}, {"Dull", "pressure"}, {"Burning", "hot"}, {"Aching", "sore"}
        }) {
      q.addChoice(pair[0], 100, "").setMatchText(pair[1]);
    }
    assertCredit("1", q, Response.matches(Map.of(0, 0, 1, 1, 2, 2, 3, 3)));
    assertCredit("0.5", q, Response.matches(Map.of(0, 0, 1, 1, 2, 3, 3, 2)));
    assertCredit("0", q, Response.EMPTY);
  }

  @Test
  void numericAnswersAcceptTheirToleranceAndTheCatchAll() {
    QuestionDraft q = new QuestionDraft(QuestionType.NUMERIC, "How many?");
    q.addChoice("3.14", 100, "").setNumericValue(new BigDecimal("3.14"));
    q.getChoices().get(0).setTolerance(new BigDecimal("0.01"));
    q.addChoice("3", 50, "").setNumericValue(new BigDecimal("3"));
    q.addChoice("*", 0, "Any other number");
    assertCredit("1", q, Response.text("3,145"));
    assertCredit("0.5", q, Response.text("3"));
    assertCredit("0", q, Response.text("12"));
    assertEquals(
        "Any other number", Scoring.mark(q, Response.text("12")).picked().get(0).getFeedback());
    assertCredit("0", q, Response.text("not a number"));
  }

  @Test
  void trueFalse() {
    QuestionDraft q = new QuestionDraft(QuestionType.TRUE_FALSE, "Pain is damage.");
    q.addChoice("True", 0, "No");
    q.addChoice("False", 100, "Yes");
    assertCredit("1", q, Response.picks(List.of(1)));
    assertCredit("0", q, Response.picks(List.of(0)));
  }

  @Test
  void attemptScoresRoundHalfUpButThePassMarkUsesTheExactScore() {
    List<BigDecimal> credits = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
    assertEquals(67, Scoring.percent(credits));
    assertTrue(Scoring.passes(credits, 66));
    assertFalse(Scoring.passes(credits, 67));
    assertEquals(0, Scoring.percent(List.of()));
  }

  @Test
  void gradingByBestOrLast() {
    assertEquals(Optional.of(90), Scoring.grade(List.of(40, 90, 60), Grading.BEST));
    assertEquals(Optional.of(60), Scoring.grade(List.of(40, 90, 60), Grading.LAST));
    assertEquals(Optional.empty(), Scoring.grade(List.of(), Grading.BEST));
  }
}
