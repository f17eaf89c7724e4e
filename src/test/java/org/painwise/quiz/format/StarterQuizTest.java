package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A copy of lessons/01-pain-alarm-system/quiz.gift, the first real starter quiz, parses cleanly.
 */
class StarterQuizTest {

  private final ParseResult result =
      new GiftReader().read(TestFiles.resource("starter-01-pain-alarm-system.gift"));

  @Test
  void parsesWithZeroProblems() {
    assertEquals(List.of(), result.problems());
    assertEquals(9, result.questions().size());
  }

  @Test
  void everyQuestionFollowsTheLessonFormat() {
    assertAll(
        result.questions().stream()
            .map(
                q ->
                    () -> {
                      assertFalse(q.title().isEmpty(), "title of line " + q.line());
                      assertFalse(q.conceptTag().isEmpty(), "tag of " + q.title());
                      assertFalse(q.pageSlug().isEmpty(), "page of " + q.title());
                      assertFalse(q.pageAnchor().isEmpty(), "anchor of " + q.title());
                      assertFalse(q.generalFeedback().isEmpty(), "explanation of " + q.title());
                      if (q.type() != QuestionType.MATCHING) {
                        q.choices()
                            .forEach(
                                c ->
                                    assertFalse(
                                        c.feedback().isEmpty(), "feedback in " + q.title()));
                      }
                    }));
  }

  @Test
  void knownQuestions() {
    ParsedQuestion q2 = result.questions().get(1);
    assertEquals(QuestionType.TRUE_FALSE, q2.type());
    assertFalse(q2.trueFalseAnswer().orElseThrow().correct());
    assertEquals("danger-detectors#nociception-is-not-the-same-as-pain", q2.page());
    ParsedQuestion q3 = result.questions().get(2);
    assertEquals(QuestionType.MULTIPLE_CHOICE, q3.type());
    assertEquals(5, q3.choices().size());
    assertEquals(QuestionType.MATCHING, result.questions().get(5).type());
    assertEquals(QuestionType.SHORT_ANSWER, result.questions().get(6).type());
  }
}
