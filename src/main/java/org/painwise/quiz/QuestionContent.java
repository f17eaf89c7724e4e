package org.painwise.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.painwise.quiz.format.QuestionType;
import org.painwise.quiz.format.TextFormat;

/**
 * What a question says, shared by the editable bank ({@link Question}) and the frozen copies of
 * published versions ({@link VersionQuestion}), so both score and render the same way. The rules in
 * the {@link Publishable} group must hold before a quiz is published.
 */
@MappedSuperclass
@HasCorrectAnswer(groups = Publishable.class)
@MatchingPairsComplete(groups = Publishable.class)
public abstract class QuestionContent implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int TITLE_MAX = 200;
  public static final int STEM_MAX = 4000;
  public static final int EXPLANATION_MAX = 4000;
  public static final int SLUG_MAX = 80;
  public static final int ANCHOR_MAX = 120;
  public static final int TAG_MAX = 80;
  public static final int CATEGORY_MAX = 255;

  /** Slugs, anchors and concept tags: lower-case words joined by hyphens. */
  public static final String SLUG_PATTERN = "^$|^[a-z0-9]+(-[a-z0-9]+)*$";

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuestionType type = QuestionType.SINGLE_CHOICE;

  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title = "";

  @NotBlank
  @Size(max = STEM_MAX)
  @Column(nullable = false, length = STEM_MAX)
  private String stem = "";

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "text_format", nullable = false, length = 10)
  private TextFormat format = TextFormat.PLAIN;

  @Size(max = EXPLANATION_MAX)
  @Column(nullable = false, length = EXPLANATION_MAX)
  private String explanation = "";

  @Size(max = SLUG_MAX)
  @Pattern(regexp = SLUG_PATTERN)
  @Column(name = "page_slug", nullable = false, length = SLUG_MAX)
  private String pageSlug = "";

  @Size(max = ANCHOR_MAX)
  @Pattern(regexp = SLUG_PATTERN)
  @Column(name = "page_anchor", nullable = false, length = ANCHOR_MAX)
  private String pageAnchor = "";

  @Size(max = TAG_MAX)
  @Pattern(regexp = SLUG_PATTERN)
  @Column(name = "concept_tag", nullable = false, length = TAG_MAX)
  private String conceptTag = "";

  /**
   * The question's category in the quiz files it came from or goes to (GIFT {@code $CATEGORY:},
   * Moodle XML {@code category}), such as {@code $course$/top/Pain basics}; empty when none.
   */
  @Size(max = CATEGORY_MAX)
  @Column(nullable = false, length = CATEGORY_MAX)
  private String category = "";

  /**
   * Short answers: whether a typed answer may differ from an accepted one by case, punctuation,
   * spaces and one slip in a longer word ({@link AnswerMatch}), rather than by case and spaces
   * only.
   */
  @Column(name = "lenient_match", nullable = false)
  private boolean lenientMatch;

  /** The answers, in their authored order. */
  public abstract List<? extends ChoiceContent> choices();

  /** Copies every field but the choices. */
  protected void copyContentFrom(QuestionContent other) {
    type = other.type;
    title = other.title;
    stem = other.stem;
    format = other.format;
    explanation = other.explanation;
    pageSlug = other.pageSlug;
    pageAnchor = other.pageAnchor;
    conceptTag = other.conceptTag;
    category = other.category;
    lenientMatch = other.lenientMatch;
  }

  /** A title for lists: the title, or the start of the stem. */
  public String getLabel() {
    if (!title.isBlank()) {
      return title;
    }
    String plain = stem.replaceAll("<[^>]*>", "").strip();
    return plain.length() > 80 ? plain.substring(0, 79) + "…" : plain;
  }

  /** The concept a choice teaches: its own tag, else the question's. */
  public String conceptOf(ChoiceContent choice) {
    return choice.getConceptTag().isBlank() ? conceptTag : choice.getConceptTag();
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Texts.orEmpty(title);
  }

  public String getStem() {
    return stem;
  }

  public void setStem(String stem) {
    this.stem = Texts.orEmpty(stem);
  }

  public TextFormat getFormat() {
    return format;
  }

  public void setFormat(TextFormat format) {
    this.format = format;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = Texts.orEmpty(explanation);
  }

  public String getPageSlug() {
    return pageSlug;
  }

  public void setPageSlug(String pageSlug) {
    this.pageSlug = Texts.orEmpty(pageSlug);
  }

  public String getPageAnchor() {
    return pageAnchor;
  }

  public void setPageAnchor(String pageAnchor) {
    this.pageAnchor = Texts.orEmpty(pageAnchor);
  }

  public String getConceptTag() {
    return conceptTag;
  }

  public void setConceptTag(String conceptTag) {
    this.conceptTag = Texts.orEmpty(conceptTag);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Texts.orEmpty(category).strip();
  }

  public boolean isLenientMatch() {
    return lenientMatch;
  }

  public void setLenientMatch(boolean lenientMatch) {
    this.lenientMatch = lenientMatch;
  }
}
