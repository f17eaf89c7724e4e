package org.painwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The page a learner opened last, for "continue where you left off". */
@Entity
@Table(name = "lesson_visit")
public class LessonVisit {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "page_id", nullable = false)
  private long pageId;

  @Column(name = "visited_at", nullable = false)
  private Instant visitedAt;

  protected LessonVisit() {}

  LessonVisit(long accountId) {
    this.accountId = accountId;
  }

  public long getPageId() {
    return pageId;
  }

  public Instant getVisitedAt() {
    return visitedAt;
  }

  /** Stored before that moment: a visit then is newer. */
  boolean isBefore(Instant at) {
    return visitedAt == null || visitedAt.isBefore(at);
  }

  void visit(long pageId, Instant when) {
    this.pageId = pageId;
    this.visitedAt = when;
  }
}
