package org.painwise.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.painwise.quiz.Sheet.Feedback;
import org.painwise.quiz.Sheet.Option;
import org.painwise.quiz.Sheet.Outcome;

/**
 * Builds what a learner sees of a question, the same way for an attempt, its results and the
 * educator's preview, so the preview is exactly what a patient sees.
 */
public final class Sheets {

  private Sheets() {}

  /**
   * @param seed the attempt's shuffle seed; the same seed gives the same order
   * @param shuffleChoices whether the choices appear in a shuffled order
   */
  public static Sheet.Question question(
      QuestionContent q, long id, int number, long seed, boolean shuffleChoices, String saved) {
    List<Option> options = new ArrayList<>();
    List<Option> lefts = new ArrayList<>();
    List<Option> rights = new ArrayList<>();
    Random random = new Random(seed ^ id);
    switch (q.getType()) {
      case MATCHING -> {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ChoiceContent c : q.choices()) {
          if (!c.getText().isBlank()) {
            lefts.add(new Option(c.getPosition(), html(q, c.getText())));
          }
          seen.putIfAbsent(c.getMatchText(), c.getPosition());
        }
        seen.forEach((text, position) -> rights.add(new Option(position, html(q, text))));
        Collections.shuffle(rights, random);
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> {
        for (ChoiceContent c : q.choices()) {
          options.add(new Option(c.getPosition(), html(q, c.getText())));
        }
        if (shuffleChoices && q.getType() != org.painwise.quiz.format.QuestionType.TRUE_FALSE) {
          Collections.shuffle(options, random);
        }
      }
      case SHORT_ANSWER, NUMERIC -> {}
    }
    return new Sheet.Question(
        id,
        number,
        q.getType(),
        html(q, q.getStem()),
        options,
        lefts,
        rights,
        saved == null ? "" : saved,
        org.painwise.config.Languages.BASE);
  }

  /** Marks an answer and describes it for the learner. */
  public static Feedback feedback(QuestionContent q, Response response) {
    Scoring.Mark mark = Scoring.mark(q, response);
    Outcome outcome =
        response.isEmpty()
            ? Outcome.UNANSWERED
            : mark.isRight() ? Outcome.RIGHT : mark.isWrong() ? Outcome.WRONG : Outcome.PARTLY;
    List<String> feedback =
        mark.picked().stream()
            .map(ChoiceContent::getFeedback)
            .filter(f -> !f.isBlank())
            .distinct()
            .map(f -> html(q, f))
            .toList();
    return new Feedback(
        outcome,
        mark.credit()
            .multiply(BigDecimal.valueOf(100))
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .intValue(),
        feedback,
        html(q, q.getExplanation()),
        yourAnswer(q, response),
        rightAnswer(q));
  }

  private static String yourAnswer(QuestionContent q, Response r) {
    return switch (q.getType()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
          q.choices().stream()
              .filter(c -> r.picks().contains(c.getPosition()))
              .map(c -> html(q, c.getText()))
              .collect(Collectors.joining("<br />"));
      case MATCHING ->
          q.choices().stream()
              .filter(c -> !c.getText().isBlank() && r.matches().containsKey(c.getPosition()))
              .map(
                  c ->
                      html(q, c.getText())
                          + " → "
                          + q.choices().stream()
                              .filter(o -> o.getPosition() == r.matches().get(c.getPosition()))
                              .findFirst()
                              .map(o -> html(q, o.getMatchText()))
                              .orElse(""))
              .collect(Collectors.joining("<br />"));
      case SHORT_ANSWER, NUMERIC -> QuizText.escape(r.text());
    };
  }

  private static String rightAnswer(QuestionContent q) {
    BigDecimal top =
        q.choices().stream()
            .map(ChoiceContent::getWeight)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ZERO);
    return switch (q.getType()) {
      case SINGLE_CHOICE, TRUE_FALSE, SHORT_ANSWER ->
          q.choices().stream()
              .filter(c -> c.isCorrect() && c.getWeight().compareTo(top) == 0)
              .map(c -> html(q, c.getText()))
              .collect(Collectors.joining(" / "));
      case MULTIPLE_CHOICE ->
          q.choices().stream()
              .filter(ChoiceContent::isCorrect)
              .map(c -> html(q, c.getText()))
              .collect(Collectors.joining("<br />"));
      case MATCHING ->
          q.choices().stream()
              .filter(c -> !c.getText().isBlank())
              .map(c -> html(q, c.getText()) + " → " + html(q, c.getMatchText()))
              .collect(Collectors.joining("<br />"));
      case NUMERIC ->
          q.choices().stream()
              .filter(
                  c ->
                      c.isCorrect()
                          && c.getNumericValue() != null
                          && c.getWeight().compareTo(top) == 0)
              .map(
                  c ->
                      c.getNumericValue().stripTrailingZeros().toPlainString()
                          + (c.getTolerance() == null || c.getTolerance().signum() == 0
                              ? ""
                              : " ± " + c.getTolerance().stripTrailingZeros().toPlainString()))
              .collect(Collectors.joining(" / "));
    };
  }

  private static String html(QuestionContent q, String text) {
    return QuizText.toHtml(text, q.getFormat());
  }
}
