package org.painwise.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.painwise.quiz.QuestionDraft.ChoiceDraft;
import org.painwise.quiz.format.Choice;
import org.painwise.quiz.format.NumericAnswer;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.QuestionType;
import org.painwise.quiz.format.TextFormat;

/** Between the file formats' neutral model and the question bank. */
public final class QuestionMapping {

  private QuestionMapping() {}

  /**
   * A question read from GIFT or Moodle XML, as a draft for the bank. HTML is sanitised. Short
   * answers keep Moodle's exact matching (not lenient).
   */
  public static QuestionDraft fromParsed(ParsedQuestion p) {
    QuestionDraft d = new QuestionDraft(p.type(), clean(p.text(), p.format()));
    d.setLenientMatch(false);
    d.setTitle(p.title());
    d.setFormat(p.format());
    d.setExplanation(clean(p.generalFeedback(), p.format()));
    d.setPageSlug(slug(p.pageSlug()));
    d.setPageAnchor(slug(p.pageAnchor()));
    d.setConceptTag(slug(p.conceptTag()));
    d.setCategory(p.category());
    for (Choice c : p.choices()) {
      ChoiceDraft choice = new ChoiceDraft();
      choice.setText(clean(c.text(), p.format()));
      choice.setMatchText(clean(c.matchText(), p.format()));
      choice.setWeight(c.weight());
      choice.setFeedback(clean(c.feedback(), p.format()));
      if (c.numeric() != null) {
        choice.setNumericValue(c.numeric().value());
        choice.setTolerance(c.numeric().tolerance());
      }
      d.getChoices().add(choice);
    }
    d.renumber();
    return d;
  }

  /** A bank or version question in the neutral model, for export. */
  public static ParsedQuestion toParsed(QuestionContent q) {
    ParsedQuestion.Builder b =
        ParsedQuestion.builder(q.getType())
            .title(q.getTitle())
            .text(q.getStem())
            .format(q.getFormat())
            .generalFeedback(q.getExplanation())
            .category(q.getCategory())
            .page(
                q.getPageSlug().isEmpty()
                    ? ""
                    : q.getPageSlug()
                        + (q.getPageAnchor().isEmpty() ? "" : "#" + q.getPageAnchor()))
            .tags(q.getConceptTag().isEmpty() ? List.of() : List.of(q.getConceptTag()));
    for (ChoiceContent c : q.choices()) {
      if (q.getType() == QuestionType.MATCHING) {
        b.choice(
            new Choice(
                c.getText(), BigDecimal.valueOf(100), c.getFeedback(), c.getMatchText(), null));
      } else if (c.getNumericValue() != null) {
        b.choice(
            Choice.numeric(
                new NumericAnswer(
                    c.getNumericValue(),
                    c.getTolerance() == null ? BigDecimal.ZERO : c.getTolerance()),
                c.getWeight(),
                c.getFeedback()));
      } else if (q.getType() == QuestionType.NUMERIC && c.isAnyNumber()) {
        b.choice(Choice.anyOtherNumber(c.getWeight(), c.getFeedback()));
      } else {
        b.choice(new Choice(c.getText(), c.getWeight(), c.getFeedback(), c.getMatchText(), null));
      }
    }
    return b.build();
  }

  private static String clean(String text, TextFormat format) {
    return format == TextFormat.HTML ? QuizText.sanitise(text) : text;
  }

  /** Lower-case words joined by hyphens, as slugs, anchors and tags must be. */
  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
