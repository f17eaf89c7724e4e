package org.painwise.progress;

/** How far one learner is in one module. */
public record ModuleProgress(
    long moduleId, long pagesRead, long pageCount, boolean quizPassed, boolean hasQuiz) {

  /** What the reader offers next in a module: its main button. */
  public enum NextStep {
    /** Nothing read yet: start with the first page. */
    START,
    /** Some pages still to read: continue with the first one not read. */
    CONTINUE,
    /** Every page read, the quiz not passed yet: take the quiz. */
    TAKE_QUIZ,
    /** Every page read and the quiz passed (or none): go on to the next module. */
    DONE
  }

  public int percent() {
    return pageCount == 0 ? 0 : (int) Math.round(100.0 * pagesRead / pageCount);
  }

  /** Every page read, and the quiz passed when the module has one. */
  public boolean complete() {
    return pageCount > 0 && pagesRead >= pageCount && (!hasQuiz || quizPassed);
  }

  public boolean started() {
    return pagesRead > 0;
  }

  /** The reader's next step in this module. */
  public NextStep nextStep() {
    if (pageCount == 0 || pagesRead < pageCount) {
      return started() ? NextStep.CONTINUE : NextStep.START;
    }
    return hasQuiz && !quizPassed ? NextStep.TAKE_QUIZ : NextStep.DONE;
  }
}
