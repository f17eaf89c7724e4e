package org.painwise.quiz.format;

import java.util.List;

/**
 * What a reader found: the questions it could read and the problems it met, both in file order.
 *
 * @param questions the questions read, skipping those with errors and of unsupported types
 * @param problems errors, warnings and unsupported questions
 */
public record ParseResult(List<ParsedQuestion> questions, List<Problem> problems) {

  /** Copies both lists. */
  public ParseResult {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  /**
   * @return whether there were no problems at all
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * @return the problems of the given severity
   */
  public List<Problem> problems(Problem.Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }

  /**
   * @return the errors (questions skipped because they are wrong)
   */
  public List<Problem> errors() {
    return problems(Problem.Severity.ERROR);
  }

  /**
   * @return the warnings (questions kept)
   */
  public List<Problem> warnings() {
    return problems(Problem.Severity.WARNING);
  }

  /**
   * @return the questions skipped because of their type
   */
  public List<Problem> unsupported() {
    return problems(Problem.Severity.UNSUPPORTED);
  }
}
