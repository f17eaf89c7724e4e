package org.painwise.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One answer of a question, shared by the bank ({@link QuestionChoice}) and published versions
 * ({@link VersionChoice}). The weight is the credit in percent, -100 to 100. Matching pairs use
 * {@code text -> matchText}; numeric answers use {@code numericValue ± tolerance}.
 */
@MappedSuperclass
public abstract class ChoiceContent implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int TEXT_MAX = 1000;
  public static final int FEEDBACK_MAX = 2000;

  @Column(nullable = false)
  private int position;

  @Size(max = TEXT_MAX)
  @Column(nullable = false, length = TEXT_MAX)
  private String text = "";

  @Size(max = TEXT_MAX)
  @Column(name = "match_text", nullable = false, length = TEXT_MAX)
  private String matchText = "";

  @NotNull
  @DecimalMin("-100")
  @DecimalMax("100")
  @Column(nullable = false, precision = 9, scale = 5)
  private BigDecimal weight = BigDecimal.ZERO;

  @Size(max = FEEDBACK_MAX)
  @Column(nullable = false, length = FEEDBACK_MAX)
  private String feedback = "";

  @Size(max = QuestionContent.TAG_MAX)
  @Pattern(regexp = QuestionContent.SLUG_PATTERN)
  @Column(name = "concept_tag", nullable = false, length = QuestionContent.TAG_MAX)
  private String conceptTag = "";

  @Column(name = "numeric_value", precision = 24, scale = 8)
  private BigDecimal numericValue;

  @PositiveOrZero
  @Column(precision = 24, scale = 8)
  private BigDecimal tolerance;

  protected void copyContentFrom(ChoiceContent other) {
    position = other.position;
    text = other.text;
    matchText = other.matchText;
    weight = other.weight;
    feedback = other.feedback;
    conceptTag = other.conceptTag;
    numericValue = other.numericValue;
    tolerance = other.tolerance;
  }

  /** Earns some credit. */
  public boolean isCorrect() {
    return weight.signum() > 0;
  }

  /** The numeric catch-all "any other number". */
  public boolean isAnyNumber() {
    return numericValue == null && "*".equals(text);
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = Texts.orEmpty(text);
  }

  public String getMatchText() {
    return matchText;
  }

  public void setMatchText(String matchText) {
    this.matchText = Texts.orEmpty(matchText);
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public void setWeight(BigDecimal weight) {
    this.weight = weight == null ? BigDecimal.ZERO : weight;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = Texts.orEmpty(feedback);
  }

  public String getConceptTag() {
    return conceptTag;
  }

  public void setConceptTag(String conceptTag) {
    this.conceptTag = Texts.orEmpty(conceptTag);
  }

  public BigDecimal getNumericValue() {
    return numericValue;
  }

  public void setNumericValue(BigDecimal numericValue) {
    this.numericValue = numericValue;
  }

  public BigDecimal getTolerance() {
    return tolerance;
  }

  public void setTolerance(BigDecimal tolerance) {
    this.tolerance = tolerance;
  }
}
