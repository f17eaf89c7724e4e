package org.painwise.clinic;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.painwise.outcome.ScaleAnswer;

/**
 * A session note as the patient fills it in: the 0–10 scale required, the words optional. The form
 * binds to it, so Faces checks these constraints; {@link SessionService} checks them again.
 */
public class SessionDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WORDS_MAX = 1000;

  @NotNull private SessionStage stage;

  @ScaleAnswer private Integer scale;

  @Size(max = WORDS_MAX)
  private String words;

  public SessionDraft() {}

  public SessionDraft(SessionStage stage) {
    this.stage = stage;
  }

  public static SessionDraft of(SessionStage stage, Integer scale, String words) {
    SessionDraft d = new SessionDraft(stage);
    d.scale = scale;
    d.words = words;
    return d;
  }

  public SessionStage getStage() {
    return stage;
  }

  public Integer getScale() {
    return scale;
  }

  public void setScale(Integer scale) {
    this.scale = scale;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }
}
