package org.painwise.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The browser tests' English texts by key, and the lesson titles they read from the files. */
class BundleTest {

  @Test
  void aKeyWithArgumentsIsFormattedAsTheAppFormatsIt() {
    assertEquals("1 assignment made.", Bundle.text("therapist_clients.message.info.assigned", 1));
    assertEquals(
        "1,200 assignments made.", Bundle.text("therapist_clients.message.info.assigned", 1200));
    assertEquals("Page 2 of 5", Bundle.formatted("lessons_page.text.position", 2, 5));
    assertEquals("Well done! You have passed this quiz.", Bundle.text("quiz_result.text.passed"));
  }

  @Test
  void aFieldViolationIsWordedAsFacesShowsIt() {
    assertEquals(
        "Email: please fill this in.",
        Bundle.violation("jakarta.validation.constraints.NotBlank.message", "Email"));
  }

  @Test
  void unknownArgumentsAreMatchedByPattern() {
    assertTrue(
        Bundle.anyArguments("educator_questions.message.info.published")
            .matcher(
                "Version 3 is published. New attempts use it; attempts already started keep"
                    + " their version.")
            .matches());
    String message = Bundle.formatted("quiz_import.problem.noCorrectAnswerGift");
    var where = Bundle.matching("educator_import.problem.where", "4", Bundle.any("\\d+"), message);
    assertTrue(where.matcher("Line 4, column 12: " + message).matches());
    assertFalse(where.matcher("Line 5, column 12: " + message).matches());
    assertFalse(where.matcher("Line 4, column x: " + message).matches());
  }

  @Test
  void aMissingKeyFails() {
    assertThrows(AssertionError.class, () -> Bundle.text("no.such.key"));
  }

  @Test
  void lessonTitlesComeFromTheFiles() {
    assertEquals("Pain, your body's alarm system", Lessons.module("pain-alarm-system").title());
    assertEquals(
        "Sensors all through your body",
        Lessons.heading("pain-alarm-system", "danger-detectors", "sensors-all-through-your-body"));
    assertEquals("when-to-see-a-doctor", Lessons.page("self-care", "when-to-see-a-doctor").slug());
  }
}
