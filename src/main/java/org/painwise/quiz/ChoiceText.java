package org.painwise.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An answer's texts in a translation, at the position of the English answer. The weight counts only
 * for a short answer, whose accepted answers are the translation's own.
 */
@Embeddable
public class ChoiceText implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = ChoiceContent.TEXT_MAX)
  @Column(nullable = false, length = ChoiceContent.TEXT_MAX)
  private String text = "";

  @Size(max = ChoiceContent.TEXT_MAX)
  @Column(name = "match_text", nullable = false, length = ChoiceContent.TEXT_MAX)
  private String matchText = "";

  @Size(max = ChoiceContent.FEEDBACK_MAX)
  @Column(nullable = false, length = ChoiceContent.FEEDBACK_MAX)
  private String feedback = "";

  @NotNull
  @DecimalMin("-100")
  @DecimalMax("100")
  @Column(nullable = false, precision = 9, scale = 5)
  private BigDecimal weight = BigDecimal.ZERO;

  protected ChoiceText() {}

  /** The texts (and weight) of an answer. */
  public static ChoiceText of(ChoiceContent choice) {
    ChoiceText t = new ChoiceText();
    t.text = choice.getText();
    t.matchText = choice.getMatchText();
    t.feedback = choice.getFeedback();
    t.weight = choice.getWeight();
    return t;
  }

  ChoiceText copy() {
    ChoiceText t = new ChoiceText();
    t.text = text;
    t.matchText = matchText;
    t.feedback = feedback;
    t.weight = weight;
    return t;
  }

  public String getText() {
    return text;
  }

  public String getMatchText() {
    return matchText;
  }

  public String getFeedback() {
    return feedback;
  }

  public BigDecimal getWeight() {
    return weight;
  }
}
