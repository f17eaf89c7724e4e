package org.painwise.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question read from (or to be written to) a quiz file, independent of the file format. Absent
 * texts are empty strings, never null.
 *
 * @param title the question's name (GIFT {@code ::title::}), may be empty
 * @param text the stem; in the GIFT "missing word" form it holds {@code _____} where the answers
 *     were
 * @param format the markup of the stem and of all other texts of the question
 * @param type the kind of question
 * @param choices the answers, in file order (see {@link Choice} for each type)
 * @param generalFeedback the explanation shown after the question (GIFT {@code ####...})
 * @param category the category path in force for the question ({@code $CATEGORY:}), may be empty
 * @param tags tags from {@code // [tag:...]} comments or Moodle XML {@code <tags>}; the first is
 *     the concept tag
 * @param page the lesson page that teaches it, {@code slug#anchor}, from {@code // [page:...]}
 * @param idNumber the question's id number from {@code // [id:...]} or {@code <idnumber>}
 * @param line the 1-based line where the question starts in its file, 0 when unknown
 */
public record ParsedQuestion(
    String title,
    String text,
    TextFormat format,
    QuestionType type,
    List<Choice> choices,
    String generalFeedback,
    String category,
    List<String> tags,
    String page,
    String idNumber,
    int line) {

  /** The marker that replaces the answer block of a GIFT "missing word" question. */
  public static final String BLANK = "_____";

  /** Replaces nulls by empty values and copies the lists. */
  public ParsedQuestion {
    title = orEmpty(title);
    text = orEmpty(text);
    format = format == null ? TextFormat.MOODLE : format;
    Objects.requireNonNull(type, "type");
    choices = choices == null ? List.of() : List.copyOf(choices);
    generalFeedback = orEmpty(generalFeedback);
    category = orEmpty(category);
    tags = tags == null ? List.of() : List.copyOf(tags);
    page = orEmpty(page);
    idNumber = orEmpty(idNumber);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * @return the concept tag: the first tag, or an empty string
   */
  public String conceptTag() {
    return tags.isEmpty() ? "" : tags.get(0);
  }

  /**
   * @return the page slug of {@link #page()}, the part before {@code #}
   */
  public String pageSlug() {
    int hash = page.indexOf('#');
    return hash < 0 ? page : page.substring(0, hash);
  }

  /**
   * @return the anchor of {@link #page()}, the part after {@code #}, or an empty string
   */
  public String pageAnchor() {
    int hash = page.indexOf('#');
    return hash < 0 ? "" : page.substring(hash + 1);
  }

  /**
   * @return whether the stem holds the {@link #BLANK} of a "missing word" question
   */
  public boolean isMissingWord() {
    return text.contains(BLANK);
  }

  /**
   * @return the right answer and feedbacks of a true/false question; empty for other types
   */
  public Optional<TrueFalseAnswer> trueFalseAnswer() {
    return type == QuestionType.TRUE_FALSE
        ? TrueFalseAnswer.fromChoices(choices)
        : Optional.empty();
  }

  /**
   * @return this question with another line number, e.g. 0 to compare questions from different
   *     files
   */
  public ParsedQuestion withLine(int newLine) {
    return new ParsedQuestion(
        title,
        text,
        format,
        type,
        choices,
        generalFeedback,
        category,
        tags,
        page,
        idNumber,
        newLine);
  }

  /**
   * @return a builder holding this question's values
   */
  public Builder toBuilder() {
    return new Builder(type)
        .title(title)
        .text(text)
        .format(format)
        .choices(choices)
        .generalFeedback(generalFeedback)
        .category(category)
        .tags(tags)
        .page(page)
        .idNumber(idNumber)
        .line(line);
  }

  /**
   * @return a builder for a question of the given type, in {@link TextFormat#MOODLE} by default
   */
  public static Builder builder(QuestionType type) {
    return new Builder(type);
  }

  /** A mutable builder for {@link ParsedQuestion}. */
  public static final class Builder {
    private String title = "";
    private String text = "";
    private TextFormat format = TextFormat.MOODLE;
    private QuestionType type;
    private final List<Choice> choices = new ArrayList<>();
    private String generalFeedback = "";
    private String category = "";
    private final List<String> tags = new ArrayList<>();
    private String page = "";
    private String idNumber = "";
    private int line;

    private Builder(QuestionType type) {
      this.type = type;
    }

    /**
     * @param value the title @return this
     */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /**
     * @param value the stem @return this
     */
    public Builder text(String value) {
      text = value;
      return this;
    }

    /**
     * @param value the text format @return this
     */
    public Builder format(TextFormat value) {
      format = value;
      return this;
    }

    /**
     * @param value the question type @return this
     */
    public Builder type(QuestionType value) {
      type = value;
      return this;
    }

    /**
     * @param value a choice to append @return this
     */
    public Builder choice(Choice value) {
      choices.add(value);
      return this;
    }

    /**
     * @param values the choices, replacing any added before @return this
     */
    public Builder choices(List<Choice> values) {
      choices.clear();
      choices.addAll(values);
      return this;
    }

    /**
     * @param value the general feedback @return this
     */
    public Builder generalFeedback(String value) {
      generalFeedback = value;
      return this;
    }

    /**
     * @param value the category path @return this
     */
    public Builder category(String value) {
      category = value;
      return this;
    }

    /**
     * @param value a tag to append @return this
     */
    public Builder tag(String value) {
      tags.add(value);
      return this;
    }

    /**
     * @param values the tags, replacing any added before @return this
     */
    public Builder tags(List<String> values) {
      tags.clear();
      tags.addAll(values);
      return this;
    }

    /**
     * @param value the page link, {@code slug#anchor} @return this
     */
    public Builder page(String value) {
      page = value;
      return this;
    }

    /**
     * @param value the id number @return this
     */
    public Builder idNumber(String value) {
      idNumber = value;
      return this;
    }

    /**
     * @param value the 1-based source line @return this
     */
    public Builder line(int value) {
      line = value;
      return this;
    }

    /**
     * @return the question
     */
    public ParsedQuestion build() {
      return new ParsedQuestion(
          title,
          text,
          format,
          type,
          choices,
          generalFeedback,
          category,
          tags,
          page,
          idNumber,
          line);
    }
  }
}
