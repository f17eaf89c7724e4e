package org.painwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.painwise.progress.ModuleProgress.NextStep;

/** The reader's next step: start, continue, take the quiz once every page is read, then move on. */
class ModuleProgressTest {

  @Test
  void aModuleNotStartedStartsAndOneStartedContinues() {
    assertEquals(NextStep.START, new ModuleProgress(1, 0, 5, false, true).nextStep());
    assertEquals(NextStep.CONTINUE, new ModuleProgress(1, 2, 5, false, true).nextStep());
    assertEquals(
        NextStep.CONTINUE,
        new ModuleProgress(1, 4, 5, true, true).nextStep(),
        "a quiz passed early does not skip the pages left");
  }

  @Test
  void everyPageReadLeadsToTheQuizAndAPassedQuizToTheNextModule() {
    assertEquals(NextStep.TAKE_QUIZ, new ModuleProgress(1, 5, 5, false, true).nextStep());
    assertEquals(NextStep.DONE, new ModuleProgress(1, 5, 5, true, true).nextStep());
    assertEquals(
        NextStep.DONE,
        new ModuleProgress(1, 5, 5, false, false).nextStep(),
        "a module without a quiz is done once read");
  }

  @Test
  void aModuleWithoutPagesOnlyStarts() {
    assertEquals(NextStep.START, new ModuleProgress(1, 0, 0, false, true).nextStep());
  }
}
