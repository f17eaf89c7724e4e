package org.painwise.quiz.format;

import java.util.List;

/**
 * Writes {@link ParsedQuestion}s as Moodle GIFT that {@link GiftReader} (and Moodle) reads back to
 * the same questions.
 *
 * <p>Each question is preceded by its {@code // [tag:...]}, {@code // [page:...]} and {@code //
 * [id:...]} comments, and a {@code $CATEGORY:} line is written whenever the category changes. Texts
 * are escaped ({@code \~ \= \# \{ \} \: \\ \n}). A stem holding {@link ParsedQuestion#BLANK}
 * followed by more text is written in the "missing word" form.
 *
 * <p>Known limits of GIFT itself: texts are trimmed, and the left side of a matching pair, or a
 * short answer, cannot contain {@code ->}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GiftWriter implements QuizWriter {

  private static final String INDENT = "  ";

  @Override
  public String write(List<ParsedQuestion> questions) {
    QuizFormatException.requireNonNull(questions, "questions");
    StringBuilder out = new StringBuilder();
    String category = "";
    for (ParsedQuestion q : questions) {
      QuizFormatException.requireNonNull(q, "question");
      if (!q.category().equals(category)) {
        category = q.category();
        out.append(GiftSyntax.CATEGORY).append(' ').append(oneLine(category)).append("\n\n");
      }
      writeQuestion(q, out);
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * @return one question in GIFT, with its comments, ending with a new line
   */
  public String write(ParsedQuestion question) {
    QuizFormatException.requireNonNull(question, "question");
    StringBuilder out = new StringBuilder();
    writeQuestion(question, out);
    return out.toString();
  }

  private void writeQuestion(ParsedQuestion q, StringBuilder out) {
    for (String tag : q.tags()) {
      out.append(GiftSyntax.metadataComment("tag", tag)).append('\n');
    }
    if (!q.page().isEmpty()) {
      out.append(GiftSyntax.metadataComment("page", q.page())).append('\n');
    }
    if (!q.idNumber().isEmpty()) {
      out.append(GiftSyntax.metadataComment("id", q.idNumber())).append('\n');
    }
    if (!q.title().isEmpty()) {
      out.append("::").append(GiftSyntax.escape(q.title())).append(":: ");
    }
    String text = q.text();
    boolean needsFormat =
        q.format() != TextFormat.MOODLE
            || GiftSyntax.startsWithPrefix(text)
            || (q.title().isEmpty() && text.startsWith(GiftSyntax.COMMENT));
    if (needsFormat) {
      out.append('[').append(q.format().giftName()).append(']');
    }
    int blank = text.indexOf(ParsedQuestion.BLANK);
    boolean missingWord =
        blank >= 0 && !text.substring(blank + ParsedQuestion.BLANK.length()).isBlank();
    if (missingWord) {
      out.append(GiftSyntax.escape(text.substring(0, blank)));
    } else if (!text.isEmpty()) {
      out.append(GiftSyntax.escape(text)).append(' ');
    }
    out.append('{');
    new Answers(q, out).write();
    out.append('}');
    if (missingWord) {
      out.append(GiftSyntax.escape(text.substring(blank + ParsedQuestion.BLANK.length())));
    }
    out.append('\n');
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }

  /** Writes the inside of one question's answer block. */
  private static final class Answers {
    private final ParsedQuestion q;
    private final StringBuilder out;

    Answers(ParsedQuestion q, StringBuilder out) {
      this.q = q;
      this.out = out;
    }

    void write() {
      switch (q.type()) {
        case TRUE_FALSE -> writeTrueFalse();
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> writeChoices();
        case SHORT_ANSWER -> writeShortAnswers();
        case MATCHING -> writeMatching();
        case NUMERIC -> writeNumeric();
        default -> throw new IllegalStateException("unknown type " + q.type());
      }
    }

    private void writeTrueFalse() {
      TrueFalseAnswer tf =
          q.trueFalseAnswer()
              .orElseGet(
                  () ->
                      new TrueFalseAnswer(
                          !q.choices().isEmpty() && q.choices().get(0).isCorrect(), "", ""));
      out.append(tf.correct() ? "TRUE" : "FALSE");
      if (!tf.feedbackIfWrong().isEmpty() || !tf.feedbackIfRight().isEmpty()) {
        out.append('#').append(text(tf.feedbackIfWrong()));
      }
      if (!tf.feedbackIfRight().isEmpty()) {
        out.append('#').append(text(tf.feedbackIfRight()));
      }
      if (!q.generalFeedback().isEmpty()) {
        out.append("####").append(text(q.generalFeedback()));
      }
    }

    private void writeChoices() {
      List<Choice> choices = q.choices();
      boolean single = q.type() == QuestionType.SINGLE_CHOICE;
      int equalsAt = -1;
      int tildeAt = -1;
      if (single && choices.stream().noneMatch(Choice::isFullCredit)) {
        equalsAt = indexOfBest(choices);
      }
      if (single && choices.size() > 1 && choices.stream().allMatch(Choice::isFullCredit)) {
        tildeAt = choices.size() - 1;
      }
      out.append('\n');
      for (int i = 0; i < choices.size(); i++) {
        Choice c = choices.get(i);
        boolean equals = single && i != tildeAt && (c.isFullCredit() || i == equalsAt);
        out.append(INDENT).append(equals ? '=' : '~');
        boolean implicit = equals ? c.isFullCredit() : c.weight().signum() == 0;
        writeWeight(c, !implicit);
        out.append(text(c.text()));
        writeFeedback(c.feedback());
        out.append('\n');
      }
      writeGeneralFeedback();
    }

    private static int indexOfBest(List<Choice> choices) {
      int best = 0;
      for (int i = 1; i < choices.size(); i++) {
        if (choices.get(i).weight().compareTo(choices.get(best).weight()) > 0) {
          best = i;
        }
      }
      return best;
    }

    private void writeShortAnswers() {
      out.append('\n');
      for (Choice c : q.choices()) {
        out.append(INDENT).append('=');
        writeWeight(c, !c.isFullCredit());
        out.append(text(c.text()));
        writeFeedback(c.feedback());
        out.append('\n');
      }
      writeGeneralFeedback();
    }

    private void writeMatching() {
      out.append('\n');
      for (Choice c : q.choices()) {
        out.append(INDENT)
            .append('=')
            .append(text(c.text()))
            .append(" -> ")
            .append(GiftSyntax.escape(c.matchText()))
            .append('\n');
      }
      writeGeneralFeedback();
    }

    private void writeNumeric() {
      out.append("#\n");
      List<Choice> choices = q.choices();
      for (int i = 0; i < choices.size(); i++) {
        Choice c = choices.get(i);
        out.append(INDENT);
        if (c.isAnyNumber() && c.weight().signum() == 0 && i == choices.size() - 1) {
          out.append('~');
        } else {
          out.append('=');
          writeWeight(c, !c.isFullCredit());
          NumericAnswer n = c.numeric();
          if (n != null) {
            out.append(Decimals.format(n.value()))
                .append(':')
                .append(Decimals.format(n.tolerance()));
          } else {
            out.append(GiftSyntax.escape(c.text()));
          }
        }
        writeFeedback(c.feedback());
        out.append('\n');
      }
      writeGeneralFeedback();
    }

    /**
     * Writes {@code %w%} when asked to, or when the text starts with % and would be taken for a
     * weight.
     */
    private void writeWeight(Choice c, boolean explicit) {
      if (explicit || c.text().startsWith("%")) {
        out.append('%').append(Decimals.format(c.weight())).append('%');
      }
    }

    private void writeFeedback(String feedback) {
      if (!feedback.isEmpty()) {
        out.append(" #").append(text(feedback));
      }
    }

    private void writeGeneralFeedback() {
      if (!q.generalFeedback().isEmpty()) {
        out.append(INDENT).append("####").append(text(q.generalFeedback())).append('\n');
      }
    }

    /**
     * Escapes a text, protecting a leading {@code [format]} look-alike with the question's own
     * prefix.
     */
    private String text(String s) {
      String escaped = GiftSyntax.escape(s);
      return GiftSyntax.startsWithPrefix(s) ? "[" + q.format().giftName() + "]" + escaped : escaped;
    }
  }
}
