package org.painwise.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One attempt at the knowledge check: every answer, in statement order, and the number right. */
@Entity
@Table(name = "knowledge_check")
@NamedQuery(
    name = "KnowledgeCheck.findByAccount",
    query = "select k from KnowledgeCheck k where k.accountId = :a order by k.takenAt, k.id")
@NamedQuery(
    name = "KnowledgeCheck.findByAccountAfter",
    query =
        "select k from KnowledgeCheck k where k.accountId = :a"
            + " and (k.takenAt > :t or (k.takenAt = :t and k.id > :id))"
            + " order by k.takenAt, k.id")
@NamedQuery(
    name = "KnowledgeCheck.countByToken",
    query = "select count(k) from KnowledgeCheck k where k.accountId = :a and k.token = :t")
public class KnowledgeCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Room for more statements later (the column is this long). */
  public static final int ANSWERS_MAX = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_check_seq")
  @SequenceGenerator(
      name = "knowledge_check_seq",
      sequenceName = "knowledge_check_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(nullable = false, length = 36)
  private String token;

  @Column(nullable = false, length = ANSWERS_MAX)
  private String answers;

  @Column(nullable = false)
  private int correct;

  @Column(nullable = false)
  private int total;

  protected KnowledgeCheck() {}

  KnowledgeCheck(
      long accountId, String token, Map<KnowledgeStatement, KnowledgeAnswer> given, Instant at) {
    this.accountId = accountId;
    this.token = token;
    this.takenAt = at;
    StringBuilder codes = new StringBuilder();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      KnowledgeAnswer a = given.get(s);
      codes.append(a.code());
      if (s.isRight(a)) {
        correct++;
      }
    }
    this.answers = codes.toString();
    this.total = KnowledgeStatement.values().length;
  }

  /** One statement of this attempt: what was given and whether it was right. */
  public record Item(KnowledgeStatement statement, KnowledgeAnswer given) {
    public boolean isRight() {
      return statement.isRight(given);
    }

    public KnowledgeStatement getStatement() {
      return statement;
    }

    public KnowledgeAnswer getGiven() {
      return given;
    }
  }

  /** The statements of this attempt with the answers given, in order. */
  public List<Item> getItems() {
    List<Item> items = new ArrayList<>();
    KnowledgeStatement[] all = KnowledgeStatement.values();
    for (int i = 0; i < answers.length() && i < all.length; i++) {
      items.add(new Item(all[i], KnowledgeAnswer.ofCode(answers.charAt(i))));
    }
    return items;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public int getCorrect() {
    return correct;
  }

  public int getTotal() {
    return total;
  }

  /** The share right, 0 to 100. */
  public int getPercent() {
    return (int) Math.round(100.0 * correct / total);
  }
}
