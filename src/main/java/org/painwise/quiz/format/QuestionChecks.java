package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The checks both readers run on a question once it is built, so that GIFT and Moodle XML report
 * the same mistakes with the same words. Only the hints on how to fix them differ.
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
      problems.add(
          Problem.error(at, "the question has no text. Write the question before its answers."));
    }
    List<Choice> choices = question.choices();
    switch (question.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          checkChoices(question, at, choiceAt, dialect, problems);
      case SHORT_ANSWER -> {
        if (choices.isEmpty()) {
          problems.add(Problem.error(at, "the short-answer question has no answers."));
        }
        requireTexts(choices, choiceAt, problems);
        requireCorrect(choices, at, dialect, problems);
      }
      case NUMERIC -> {
        if (choices.isEmpty()) {
          problems.add(
              Problem.error(
                  at,
                  "the numeric question has no answers."
                      + (dialect == Dialect.GIFT
                          ? " Write it like {#3.14:0.01} or {#1..5}."
                          : "")));
        }
        for (int i = 0; i < choices.size(); i++) {
          NumericAnswer n = choices.get(i).numeric();
          if (n != null && n.tolerance().signum() < 0) {
            problems.add(
                Problem.error(
                    choiceAt.apply(i),
                    "answer "
                        + (i + 1)
                        + " has a negative tolerance. The tolerance is how far off an answer may be, so it must be 0 or more."));
          }
        }
        requireCorrect(choices, at, dialect, problems);
      }
      case MATCHING -> checkMatching(choices, at, choiceAt, dialect, problems);
      case TRUE_FALSE -> {
        if (TrueFalseAnswer.fromChoices(choices).isEmpty()) {
          problems.add(
              Problem.error(
                  at, "a true/false question needs one answer \"true\" and one answer \"false\"."));
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
      problems.add(
          Problem.error(
              at,
              "a multiple-choice question needs at least two answers, but this one has "
                  + choices.size()
                  + "."));
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
                "the weights of the right answers add up to "
                    + Decimals.format(Decimals.canonical(sum))
                    + "%, but they should add up to 100%"
                    + (sum.compareTo(Decimals.HUNDRED) < 0
                        ? ", or no learner can get full marks."
                        : ".")));
      }
    } else if (choices.stream().noneMatch(Choice::isFullCredit)) {
      problems.add(
          Problem.warning(at, "no answer is worth 100%, so no learner can get full marks."));
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
                "pair "
                    + (i + 1)
                    + " has no answer to match"
                    + (dialect == Dialect.GIFT ? ": write it after the ->." : ".")));
      }
      if (!c.text().isBlank()) {
        questions++;
      }
    }
    if (questions < 2) {
      problems.add(
          Problem.error(
              at,
              "a matching question needs at least two pairs, but this one has " + questions + "."));
    } else if (choices.size() < 3) {
      problems.add(
          Problem.warning(
              at,
              "Moodle asks for at least three pairs in a matching question, and this one has "
                  + choices.size()
                  + ". Painwise accepts it, but consider adding a pair."));
    }
  }

  private static void requireTexts(
      List<Choice> choices, IntFunction<Position> choiceAt, List<Problem> problems) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).text().isBlank()) {
        problems.add(Problem.error(choiceAt.apply(i), "answer " + (i + 1) + " has no text."));
      }
    }
  }

  private static boolean requireCorrect(
      List<Choice> choices, Position at, Dialect dialect, List<Problem> problems) {
    if (choices.isEmpty() || choices.stream().anyMatch(Choice::isCorrect)) {
      return true;
    }
    String hint =
        dialect == Dialect.GIFT
            ? " Mark the right answer with = (or give right answers a positive weight, such as ~%50%)."
            : " Give the right answer a positive fraction, such as fraction=\"100\".";
    problems.add(Problem.error(at, "no answer is marked as correct." + hint));
    return false;
  }
}
