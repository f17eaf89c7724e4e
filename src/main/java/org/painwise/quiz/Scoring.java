package org.painwise.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.painwise.quiz.format.QuestionType;

/**
 * Marks answers and grades attempts. Pure functions, no state.
 *
 * <ul>
 *   <li>Single choice and true/false: the weight of the pick; a negative weight counts as 0.
 *   <li>Multiple choice: the sum of the weights of the picks (wrong picks cost), from 0 to 1.
 *   <li>Matching: the share of pairs matched right.
 *   <li>Short answer: the best accepted answer that matches the text ({@link AnswerMatch}):
 *       ignoring case and spaces around and between words, and, when the question is lenient,
 *       punctuation and one slip in a longer word.
 *   <li>Numeric: the best answer within its tolerance; {@code *} matches any other number.
 * </ul>
 */
public final class Scoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scoring() {}

  /**
   * How one answer fared.
   *
   * @param credit the credit, 0 to 1
   * @param picked the choices the answer picked or matched, for their feedback
   * @param missedConcepts concept tags the learner missed, empty when the answer is fully right
   */
  public record Mark(BigDecimal credit, List<ChoiceContent> picked, Set<String> missedConcepts) {

    public boolean isRight() {
      return credit.compareTo(BigDecimal.ONE) >= 0;
    }

    public boolean isWrong() {
      return credit.signum() == 0;
    }
  }

  public static Mark mark(QuestionContent question, Response response) {
    List<? extends ChoiceContent> choices = question.choices();
    List<ChoiceContent> picked = new ArrayList<>();
    BigDecimal credit =
        switch (question.getType()) {
          case SINGLE_CHOICE, TRUE_FALSE -> {
            Optional<? extends ChoiceContent> pick =
                response.picks().stream().findFirst().flatMap(p -> at(choices, p));
            pick.ifPresent(picked::add);
            yield pick.map(c -> fraction(c.getWeight())).orElse(BigDecimal.ZERO);
          }
          case MULTIPLE_CHOICE -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int p : new LinkedHashSet<>(response.picks())) {
              Optional<? extends ChoiceContent> c = at(choices, p);
              if (c.isPresent()) {
                picked.add(c.get());
                sum = sum.add(c.get().getWeight());
              }
            }
            yield fraction(sum);
          }
          case MATCHING -> matching(choices, response, picked);
          case SHORT_ANSWER ->
              best(
                  choices,
                  c -> AnswerMatch.matches(response.text(), c.getText(), question.isLenientMatch()),
                  picked);
          case NUMERIC -> numeric(choices, response.text(), picked);
        };
    return new Mark(credit, picked, missedConcepts(question, credit, picked));
  }

  private static BigDecimal matching(
      List<? extends ChoiceContent> choices, Response response, List<ChoiceContent> picked) {
    int pairs = 0;
    int right = 0;
    for (ChoiceContent left : choices) {
      if (left.getText().isBlank()) {
        continue;
      }
      pairs++;
      Integer chosen = response.matches().get(left.getPosition());
      Optional<? extends ChoiceContent> rightSide =
          chosen == null ? Optional.empty() : at(choices, chosen);
      if (rightSide.isPresent()) {
        picked.add(rightSide.get());
        if (rightSide.get().getMatchText().equals(left.getMatchText())) {
          right++;
        }
      }
    }
    return pairs == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(pairs), 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal numeric(
      List<? extends ChoiceContent> choices, String text, List<ChoiceContent> picked) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      return BigDecimal.ZERO;
    }
    BigDecimal credit =
        best(
            choices,
            c ->
                c.getNumericValue() != null
                    && value
                            .subtract(c.getNumericValue())
                            .abs()
                            .compareTo(
                                c.getTolerance() == null ? BigDecimal.ZERO : c.getTolerance())
                        <= 0,
            picked);
    if (picked.isEmpty()) {
      credit = best(choices, ChoiceContent::isAnyNumber, picked);
    }
    return credit;
  }

  /** The best-weighted choice that matches; it becomes the one picked. */
  private static BigDecimal best(
      List<? extends ChoiceContent> choices,
      java.util.function.Predicate<ChoiceContent> matches,
      List<ChoiceContent> picked) {
    Optional<? extends ChoiceContent> best =
        choices.stream()
            .filter(matches)
            .max(java.util.Comparator.comparing(ChoiceContent::getWeight));
    best.ifPresent(picked::add);
    return best.map(c -> fraction(c.getWeight())).orElse(BigDecimal.ZERO);
  }

  private static Set<String> missedConcepts(
      QuestionContent question, BigDecimal credit, List<ChoiceContent> picked) {
    Set<String> concepts = new LinkedHashSet<>();
    if (credit.compareTo(BigDecimal.ONE) >= 0) {
      return concepts;
    }
    if (question.getType() != QuestionType.MATCHING) {
      picked.stream()
          .filter(c -> !c.isCorrect())
          .map(question::conceptOf)
          .filter(t -> !t.isBlank())
          .forEach(concepts::add);
    }
    if (concepts.isEmpty() && !question.getConceptTag().isBlank()) {
      concepts.add(question.getConceptTag());
    }
    return concepts;
  }

  private static Optional<? extends ChoiceContent> at(
      List<? extends ChoiceContent> choices, int position) {
    return choices.stream().filter(c -> c.getPosition() == position).findFirst();
  }

  /** A weight in percent as credit from 0 to 1. */
  private static BigDecimal fraction(BigDecimal percent) {
    BigDecimal f = percent.divide(HUNDRED, 4, RoundingMode.HALF_UP);
    return f.signum() < 0 ? BigDecimal.ZERO.setScale(4) : f.min(BigDecimal.ONE.setScale(4));
  }

  /** The score of an attempt in percent, rounded half up, from the credit of each question. */
  public static int percent(List<BigDecimal> credits) {
    return exactPercent(credits).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  /** Whether the credits reach the pass mark; the exact score counts, not the rounded one. */
  public static boolean passes(List<BigDecimal> credits, int passMark) {
    return exactPercent(credits).compareTo(BigDecimal.valueOf(passMark)) >= 0;
  }

  private static BigDecimal exactPercent(List<BigDecimal> credits) {
    if (credits.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = credits.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.multiply(HUNDRED)
        .divide(BigDecimal.valueOf(credits.size()), 6, RoundingMode.HALF_UP);
  }

  /**
   * A learner's grade for a quiz from the scores of their submitted attempts, oldest first: the
   * best or the last. Empty before the first submitted attempt.
   */
  public static Optional<Integer> grade(List<Integer> scoresOldestFirst, Grading grading) {
    if (scoresOldestFirst.isEmpty()) {
      return Optional.empty();
    }
    return grading == Grading.LAST
        ? Optional.of(scoresOldestFirst.get(scoresOldestFirst.size() - 1))
        : scoresOldestFirst.stream().max(Integer::compare);
  }
}
