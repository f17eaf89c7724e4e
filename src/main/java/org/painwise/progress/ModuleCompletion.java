package org.painwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A module one learner has completed. */
@Entity
@Table(name = "module_completion")
public class ModuleCompletion {

  /** The key: one row per learner and module. */
  @Embeddable
  public record Key(
      @Column(name = "account_id") long accountId, @Column(name = "module_id") long moduleId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected ModuleCompletion() {}

  ModuleCompletion(long accountId, long moduleId, Instant completedAt) {
    this.key = new Key(accountId, moduleId);
    this.completedAt = completedAt;
  }

  public long getModuleId() {
    return key.moduleId();
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
