package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The throttle's rows. Every write runs in its own short transaction ({@code REQUIRES_NEW}), so a
 * failure is counted even when the work around it rolls back, and it holds across cluster nodes.
 */
@ApplicationScoped
public class ThrottleStore {

  @PersistenceContext private EntityManager em;

  /** The rows of these keys that exist. */
  @Transactional(TxType.SUPPORTS)
  public Map<ThrottleEntry.Key, ThrottlePolicy.Count> find(Collection<ThrottleEntry.Key> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("ThrottleEntry.find", ThrottleEntry.class)
        .setParameter("kinds", keys.stream().map(ThrottleEntry.Key::kind).distinct().toList())
        .setParameter("subjects", keys.stream().map(ThrottleEntry.Key::subject).distinct().toList())
        .getResultStream()
        .collect(
            Collectors.toMap(
                e -> new ThrottleEntry.Key(e.getKind(), e.getSubject()), ThrottleEntry::count));
  }

  /**
   * Counts one failure for each key under its policy, rows locked in one fixed order (no deadlock
   * between two nodes); the longest block that follows, if any.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Duration> fail(Map<ThrottleEntry.Key, ThrottlePolicy> keys, Instant now) {
    Duration longest = Duration.ZERO;
    List<ThrottleEntry.Key> ordered =
        keys.keySet().stream()
            .sorted(
                Comparator.comparing(ThrottleEntry.Key::kind)
                    .thenComparing(ThrottleEntry.Key::subject))
            .toList();
    for (ThrottleEntry.Key key : ordered) {
      ThrottlePolicy policy = keys.get(key);
      ThrottleEntry entry = em.find(ThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
      if (entry == null) {
        entry = new ThrottleEntry(key.kind(), key.subject());
        entry.count(policy.fail(ThrottlePolicy.Count.NONE, now));
        em.persist(entry);
      } else {
        entry.count(policy.fail(entry.count(), now));
      }
      Duration wait = policy.wait(entry.count(), now).orElse(Duration.ZERO);
      if (wait.compareTo(longest) > 0) {
        longest = wait;
      }
    }
    // A row that another node inserted at the same moment fails here, inside this method, so
    // that the caller can count again against that row.
    em.flush();
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** Forgets a key (a successful sign-in resets its account's count). */
  @Transactional(TxType.REQUIRES_NEW)
  public void reset(ThrottleEntry.Key key) {
    ThrottleEntry entry = em.find(ThrottleEntry.class, key);
    if (entry != null) {
      em.remove(entry);
    }
  }

  /**
   * Deletes rows whose window began before {@code before} and that block nothing at {@code now}.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int deleteStale(Instant before, Instant now) {
    return em.createNamedQuery("ThrottleEntry.deleteStale")
        .setParameter("before", before)
        .setParameter("now", now)
        .executeUpdate();
  }
}
