package org.painwise.progress;

/** How far one learner is in one module. */
public record ModuleProgress(
    long moduleId, long pagesRead, long pageCount, boolean quizPassed, boolean hasQuiz) {

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
}
