package org.painwise.quiz;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A right and a wrong answer to any question, worked out from its choices, for demo data and tests
 * that take quizzes as a learner would. Pure functions.
 */
public final class SampleResponses {

  private SampleResponses() {}

  /** An answer that earns full credit (see {@link Scoring}). */
  public static Response right(QuestionContent q) {
    List<? extends ChoiceContent> choices = q.choices();
    return switch (q.getType()) {
      case SINGLE_CHOICE, TRUE_FALSE ->
          Response.picks(best(choices).map(c -> List.of(c.getPosition())).orElse(List.of()));
      case MULTIPLE_CHOICE ->
          Response.picks(
              choices.stream()
                  .filter(ChoiceContent::isCorrect)
                  .map(ChoiceContent::getPosition)
                  .toList());
      case MATCHING -> {
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        for (ChoiceContent c : choices) {
          if (!c.getText().isBlank()) {
            pairs.put(c.getPosition(), c.getPosition());
          }
        }
        yield Response.matches(pairs);
      }
      case SHORT_ANSWER -> Response.text(best(choices).map(ChoiceContent::getText).orElse(""));
      case NUMERIC ->
          Response.text(
              best(choices)
                  .map(
                      c ->
                          c.getNumericValue() == null
                              ? "0"
                              : c.getNumericValue().stripTrailingZeros().toPlainString())
                  .orElse("0"));
    };
  }

  /** An answer that earns no credit, or as little as the question allows. */
  public static Response wrong(QuestionContent q) {
    List<? extends ChoiceContent> choices = q.choices();
    return switch (q.getType()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
          Response.picks(
              choices.stream()
                  .min(Comparator.comparing(ChoiceContent::getWeight))
                  .map(c -> List.of(c.getPosition()))
                  .orElse(List.of()));
      case MATCHING -> {
        List<Integer> lefts =
            choices.stream()
                .filter(c -> !c.getText().isBlank())
                .map(ChoiceContent::getPosition)
                .toList();
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        for (int i = 0; i < lefts.size(); i++) {
          pairs.put(lefts.get(i), lefts.get((i + 1) % lefts.size()));
        }
        yield Response.matches(pairs);
      }
      case SHORT_ANSWER -> Response.text("not the answer");
      case NUMERIC ->
          Response.text(
              choices.stream()
                  .map(ChoiceContent::getNumericValue)
                  .filter(v -> v != null)
                  .reduce(BigDecimal.ZERO, (a, b) -> a.abs().add(b.abs()))
                  .add(BigDecimal.valueOf(1_000_001))
                  .toPlainString());
    };
  }

  private static Optional<? extends ChoiceContent> best(List<? extends ChoiceContent> choices) {
    return choices.stream()
        .filter(c -> !(c.isAnyNumber()))
        .max(Comparator.comparing(ChoiceContent::getWeight));
  }
}
