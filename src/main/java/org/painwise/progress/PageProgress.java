package org.painwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One page that one learner has read; the first time is kept. */
@Entity
@Table(name = "page_progress")
public class PageProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_progress_seq")
  @SequenceGenerator(
      name = "page_progress_seq",
      sequenceName = "page_progress_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "page_id", nullable = false)
  private long pageId;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected PageProgress() {}

  PageProgress(long accountId, long pageId, long moduleId, Instant readAt) {
    this.accountId = accountId;
    this.pageId = pageId;
    this.moduleId = moduleId;
    this.readAt = readAt;
  }

  public long getPageId() {
    return pageId;
  }

  public long getModuleId() {
    return moduleId;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
