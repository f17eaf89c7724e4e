package org.painwise.outcome;

import java.io.Serializable;
import java.util.List;

/**
 * A patient's knowledge checks, oldest first, with the gain between the first and the latest (in
 * percentage points, so that attempts with different numbers of statements still compare).
 */
public record KnowledgeGain(List<KnowledgeCheck> checks) implements Serializable {

  public KnowledgeGain {
    checks = List.copyOf(checks);
  }

  public List<KnowledgeCheck> getChecks() {
    return checks;
  }

  /** Newest first, for tables. */
  public List<KnowledgeCheck> getNewestFirst() {
    List<KnowledgeCheck> out = new java.util.ArrayList<>(checks);
    java.util.Collections.reverse(out);
    return out;
  }

  public KnowledgeCheck getFirst() {
    return checks.isEmpty() ? null : checks.get(0);
  }

  public KnowledgeCheck getLatest() {
    return checks.isEmpty() ? null : checks.get(checks.size() - 1);
  }

  /** Whether there are two checks or more, so that a gain means something. */
  public boolean isComparable() {
    return checks.size() >= 2;
  }

  /** The latest percentage minus the first (0 with fewer than two checks). */
  public int getGain() {
    return isComparable() ? getLatest().getPercent() - getFirst().getPercent() : 0;
  }

  /** The latest number right minus the first (0 with fewer than two checks). */
  public int getGainCorrect() {
    return isComparable() ? getLatest().getCorrect() - getFirst().getCorrect() : 0;
  }
}
