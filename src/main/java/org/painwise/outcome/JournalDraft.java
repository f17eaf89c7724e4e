package org.painwise.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/** A journal item being written: its side, category and text, checked by {@link JournalService}. */
public class JournalDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's one-time id: a second post of the same form adds nothing. */
  @Size(max = 36)
  private String token = UUID.randomUUID().toString();

  @NotNull(message = "{outcome.journal.side.required}")
  private JournalSide side;

  @NotNull(message = "{outcome.journal.category.required}")
  private JournalCategory category;

  @NotBlank(message = "{outcome.journal.text.required}")
  @Size(max = JournalItem.TEXT_MAX, message = "{outcome.journal.text.size}")
  private String text;

  public JournalDraft() {}

  public JournalDraft(JournalSide side, JournalCategory category, String text) {
    this.side = side;
    this.category = category;
    this.text = text;
  }

  public JournalSide getSide() {
    return side;
  }

  public void setSide(JournalSide side) {
    this.side = side;
  }

  public JournalCategory getCategory() {
    return category;
  }

  public void setCategory(JournalCategory category) {
    this.category = category;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
