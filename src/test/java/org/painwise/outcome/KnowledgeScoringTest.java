package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring an attempt ("not sure" is not right), the gain, the draft's rule and the offer. */
class KnowledgeScoringTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private static final int N = KnowledgeStatement.values().length;

  @Test
  void notSureIsNeverRightAndEveryRightAnswerCounts() {
    assertEquals(0, check(KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE)).getCorrect());
    KnowledgeCheck allRight = check(rightAnswers());
    assertEquals(N, allRight.getCorrect());
    assertEquals(100, allRight.getPercent());
    long trues =
        java.util.Arrays.stream(KnowledgeStatement.values())
            .filter(s -> s.answer() == KnowledgeAnswer.TRUE)
            .count();
    assertEquals(trues, check(KnowledgeDraft.all(KnowledgeAnswer.TRUE)).getCorrect());
    KnowledgeCheck items = check(KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE));
    assertEquals(N, items.getItems().size());
    assertTrue(items.getItems().stream().allMatch(i -> i.given() == KnowledgeAnswer.NOT_SURE));
    assertTrue(items.getItems().stream().noneMatch(KnowledgeCheck.Item::isRight));
  }

  @Test
  void theGainIsTheLatestMinusTheFirst() {
    KnowledgeCheck first = check(KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE));
    KnowledgeCheck middle = check(KnowledgeDraft.all(KnowledgeAnswer.TRUE));
    KnowledgeCheck latest = check(rightAnswers());
    KnowledgeGain gain = new KnowledgeGain(List.of(first, middle, latest));
    assertTrue(gain.isComparable());
    assertEquals(100, gain.getGain());
    assertEquals(N, gain.getGainCorrect());
    assertEquals(latest, gain.getNewestFirst().get(0));
    KnowledgeGain one = new KnowledgeGain(List.of(latest));
    assertFalse(one.isComparable());
    assertEquals(0, one.getGain());
  }

  @Test
  void aDraftIsCompleteOnlyWithAnAnswerToEveryStatement() {
    assertTrue(KnowledgeDraft.all(KnowledgeAnswer.FALSE).isComplete());
    KnowledgeDraft missing = KnowledgeDraft.all(KnowledgeAnswer.FALSE);
    missing.getAnswers().remove("K07");
    assertFalse(missing.isComplete());
    KnowledgeDraft bogus = KnowledgeDraft.all(KnowledgeAnswer.FALSE);
    bogus.getAnswers().put("K03", "MAYBE");
    assertFalse(bogus.isComplete());
  }

  @Test
  void offeredBeforeTheFirstModuleAndAfterTheLast() {
    Instant later = T0.plusSeconds(3600);
    assertEquals(KnowledgeOffer.BEFORE, KnowledgeOffer.of(0, 12, null, null));
    assertEquals(KnowledgeOffer.NONE, KnowledgeOffer.of(0, 12, null, T0), "taken once already");
    assertEquals(KnowledgeOffer.NONE, KnowledgeOffer.of(5, 12, T0, null), "in the middle");
    assertEquals(KnowledgeOffer.AFTER, KnowledgeOffer.of(12, 12, later, T0));
    assertEquals(KnowledgeOffer.AFTER, KnowledgeOffer.of(12, 12, later, null));
    assertEquals(KnowledgeOffer.NONE, KnowledgeOffer.of(12, 12, T0, later), "taken after");
  }

  private static KnowledgeDraft rightAnswers() {
    KnowledgeDraft d = new KnowledgeDraft();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      d.answer(s, s.answer());
    }
    return d;
  }

  private static KnowledgeCheck check(KnowledgeDraft d) {
    return new KnowledgeCheck(1L, d.getToken(), d.parsed(), T0);
  }
}
