package org.painwise.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One item of a patient's danger and safety journal. A removed item keeps its row (with {@code
 * removedAt}) so that the balance over time stays true; it is no longer listed.
 */
@Entity
@Table(name = "journal_item")
@NamedQuery(
    name = "JournalItem.findByAccount",
    query = "select j from JournalItem j where j.accountId = :a order by j.addedAt, j.id")
public class JournalItem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest text (the column is this long). */
  public static final int TEXT_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_item_seq")
  @SequenceGenerator(
      name = "journal_item_seq",
      sequenceName = "journal_item_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private JournalSide side;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private JournalCategory category;

  @Column(name = "item_text", nullable = false, length = TEXT_MAX)
  private String text;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  /** The add form's one-time id (null for items added before it existed). */
  @Column(name = "form_token", length = 36)
  private String token;

  protected JournalItem() {}

  public JournalItem(
      long accountId, JournalSide side, JournalCategory category, String text, Instant addedAt) {
    this.accountId = accountId;
    this.side = side;
    this.category = category;
    this.text = text;
    this.addedAt = addedAt;
  }

  JournalItem withToken(String token) {
    this.token = token;
    return this;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public JournalSide getSide() {
    return side;
  }

  public JournalCategory getCategory() {
    return category;
  }

  public String getText() {
    return text;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  /** When the patient removed it, or null while it is in the journal. */
  public Instant getRemovedAt() {
    return removedAt;
  }

  public boolean isActive() {
    return removedAt == null;
  }

  /** Whether the item was in the journal at {@code when}. */
  public boolean activeAt(Instant when) {
    return !addedAt.isAfter(when) && (removedAt == null || removedAt.isAfter(when));
  }

  void remove(Instant when) {
    this.removedAt = when;
  }
}
