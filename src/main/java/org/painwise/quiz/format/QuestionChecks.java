package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The checks both readers run on a question once it is built, so that GIFT and Moodle XML report
 * the same mistakes with the same message keys. Only the hints on how to fix them differ: those
 * keys end in {@code Gift}.
 */
final class QuestionChecks {

  /** The file format a hint should be written for. */
  enum Dialect {
    GIFT,
    MOODLE_XML
  }

  private static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.1");

  private QuestionChecks() {}

  /**
   * @param question the question to check
   * @param at where the question starts
   * @param choiceAt where the choice with the given index is
   * @param dialect the format, for the hints
   * @return the problems found; questions with an {@link Problem.Severity#ERROR} must be skipped
   */
  static List<Problem> check(
      ParsedQuestion question, Position at, IntFunction<Position> choiceAt, Dialect dialect) {
    List<Problem> problems = new ArrayList<>();
    if (question.text().isBlank()) {
      problems.add(Problem.error(at, "quiz_import.problem.noText"));
    }
    List<Choice> choices = question.choices();
    switch (question.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          checkChoices(question, at, choiceAt, dialect, problems);
      case SHORT_ANSWER -> {
        if (choices.isEmpty()) {
          problems.add(Problem.error(at, "quiz_import.problem.shortAnswerWithoutAnswers"));
        }
        requireTexts(choices, choiceAt, problems);
        requireCorrect(choices, at, dialect, problems);
      }
      case NUMERIC -> {
        if (choices.isEmpty()) {
          problems.add(
              Problem.error(
                  at,
                  dialect == Dialect.GIFT
                      ? "quiz_import.problem.numericWithoutAnswersGift"
                      : "quiz_import.problem.numericWithoutAnswers"));
        }
        for (int i = 0; i < choices.size(); i++) {
          NumericAnswer n = choices.get(i).numeric();
          if (n != null && n.tolerance().signum() < 0) {
            problems.add(
                Problem.error(choiceAt.apply(i), "quiz_import.problem.negativeTolerance", i + 1));
          }
        }
        requireCorrect(choices, at, dialect, problems);
      }
      case MATCHING -> checkMatching(choices, at, choiceAt, dialect, problems);
      case TRUE_FALSE -> {
        if (TrueFalseAnswer.fromChoices(choices).isEmpty()) {
          problems.add(Problem.error(at, "quiz_import.problem.trueFalseAnswers"));
        }
      }
      default -> throw new IllegalStateException("unknown type " + question.type());
    }
    return problems;
  }

  private static void checkChoices(
      ParsedQuestion question,
      Position at,
      IntFunction<Position> choiceAt,
      Dialect dialect,
      List<Problem> problems) {
    List<Choice> choices = question.choices();
    if (choices.size() < 2) {
      problems.add(Problem.error(at, "quiz_import.problem.tooFewChoices", choices.size()));
    }
    requireTexts(choices, choiceAt, problems);
    if (!requireCorrect(choices, at, dialect, problems)) {
      return;
    }
    if (question.type() == QuestionType.MULTIPLE_CHOICE) {
      BigDecimal sum =
          choices.stream()
              .map(Choice::weight)
              .filter(w -> w.signum() > 0)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.subtract(Decimals.HUNDRED).abs().compareTo(SUM_TOLERANCE) > 0) {
        problems.add(
            Problem.warning(
                at,
                sum.compareTo(Decimals.HUNDRED) < 0
                    ? "quiz_import.problem.weightsBelow100"
                    : "quiz_import.problem.weightsAbove100",
                Decimals.format(Decimals.canonical(sum))));
      }
    } else if (choices.stream().noneMatch(Choice::isFullCredit)) {
      problems.add(Problem.warning(at, "quiz_import.problem.noFullCredit"));
    }
  }

  private static void checkMatching(
      List<Choice> choices,
      Position at,
      IntFunction<Position> choiceAt,
      Dialect dialect,
      List<Problem> problems) {
    long questions = 0;
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      if (c.matchText().isBlank()) {
        problems.add(
            Problem.error(
                choiceAt.apply(i),
                dialect == Dialect.GIFT
                    ? "quiz_import.problem.pairWithoutAnswerGift"
                    : "quiz_import.problem.pairWithoutAnswer",
                i + 1));
      }
      if (!c.text().isBlank()) {
        questions++;
      }
    }
    if (questions < 2) {
      problems.add(Problem.error(at, "quiz_import.problem.tooFewPairs", questions));
    } else if (choices.size() < 3) {
      problems.add(Problem.warning(at, "quiz_import.problem.fewPairs", choices.size()));
    }
  }

  private static void requireTexts(
      List<Choice> choices, IntFunction<Position> choiceAt, List<Problem> problems) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).text().isBlank()) {
        problems.add(
            Problem.error(choiceAt.apply(i), "quiz_import.problem.answerWithoutText", i + 1));
      }
    }
  }

  private static boolean requireCorrect(
      List<Choice> choices, Position at, Dialect dialect, List<Problem> problems) {
    if (choices.isEmpty() || choices.stream().anyMatch(Choice::isCorrect)) {
      return true;
    }
    problems.add(
        Problem.error(
            at,
            dialect == Dialect.GIFT
                ? "quiz_import.problem.noCorrectAnswerGift"
                : "quiz_import.problem.noCorrectAnswer"));
    return false;
  }
}
