package org.painwise.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The lesson pages that learners opened on this server and that are not in the database yet.
 * Opening a page is not something a person asked to save, so it stays off the commit path (every
 * commit reaches the database file before it returns, see the README's "Database"): a page view
 * only notes the visit here, and {@link ProgressService} writes it with the learner's next write of
 * their own (a page read, a quiz result), or {@link VisitWriter} writes all of them within a
 * minute, in one transaction, and once more when the server stops. A server that is killed loses at
 * most the last minute of visits ("continue where you left off" then points at an earlier page).
 * Each node of a cluster keeps its own; a visit is never written over a later one.
 */
@ApplicationScoped
public class VisitBuffer {

  /**
   * A learner's visits since they were last written: the page opened last, and when the first and
   * the last of these visits were (the reading time between them counts, see {@link
   * LearnerActivity#touch}).
   */
  public record Pending(long pageId, Instant first, Instant last) {

    /** These visits and one more, or two sets of visits of one learner, in time order. */
    Pending and(Pending other) {
      boolean later = !other.last.isBefore(last);
      return new Pending(
          later ? other.pageId : pageId,
          other.first.isBefore(first) ? other.first : first,
          later ? other.last : last);
    }
  }

  private final ConcurrentMap<Long, Pending> pending = new ConcurrentHashMap<>();

  /** Notes that the learner opened the page at that moment. */
  void remember(long accountId, long pageId, Instant at) {
    pending.merge(accountId, new Pending(pageId, at, at), Pending::and);
  }

  /** The learner's visits not written yet, if any; they stay here. */
  Optional<Pending> peek(long accountId) {
    return Optional.ofNullable(pending.get(accountId));
  }

  /** Takes the learner's visits not written yet, to write them. */
  Optional<Pending> take(long accountId) {
    return Optional.ofNullable(pending.remove(accountId));
  }

  /** Takes every learner's visits not written yet, to write them. */
  Map<Long, Pending> takeAll() {
    Map<Long, Pending> taken = new HashMap<>();
    for (Long accountId : pending.keySet()) {
      Pending p = pending.remove(accountId);
      if (p != null) {
        taken.put(accountId, p);
      }
    }
    return taken;
  }

  /** Gives back visits that could not be written, merged with any noted since. */
  void restore(Map<Long, Pending> taken) {
    taken.forEach((accountId, p) -> pending.merge(accountId, p, Pending::and));
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }
}
