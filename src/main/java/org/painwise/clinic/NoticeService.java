package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.painwise.account.Account;
import org.painwise.account.Guarded;
import org.painwise.account.Self;
import org.painwise.lesson.LessonTexts;

/** In-app notices: each user reads and dismisses only their own. */
@ApplicationScoped
@Transactional
@Guarded
public class NoticeService {

  @PersistenceContext private EntityManager em;
  @Inject private LessonTexts lessonTexts;

  /**
   * What each of the user's notices says, by notice id, in {@code language}: a notice about an
   * assignment names its module's title in that language (its stored text, the English title of the
   * day it was made, is the fallback); other notices say their stored text. One query for all the
   * notices, none per notice; someone else's notice or assignment keeps its stored text.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, String> texts(@Self long accountId, List<Notice> notices, String language) {
    List<Long> assignmentIds =
        notices.stream().map(Notice::getAssignmentId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> slugs = new HashMap<>();
    if (!assignmentIds.isEmpty()) {
      em.createQuery(
              "select a.id, m.slug from Assignment a join a.module m where a.id in :ids"
                  + " and (a.patientId = :me or a.therapistId = :me)",
              Object[].class)
          .setParameter("ids", assignmentIds)
          .setParameter("me", accountId)
          .getResultList()
          .forEach(r -> slugs.put((Long) r[0], (String) r[1]));
    }
    Map<Long, String> texts = new HashMap<>();
    for (Notice n : notices) {
      String slug = n.getAssignmentId() == null ? null : slugs.get(n.getAssignmentId());
      texts.put(n.getId(), lessonTexts.moduleTitle(slug, language, n.getText()));
    }
    return texts;
  }

  void add(long accountId, Notice.Kind kind, Long assignmentId, String text) {
    em.persist(new Notice(accountId, kind, assignmentId, text, Instant.now()));
  }

  /** A notice to {@code accountId} about one patient (a red flag). */
  void about(long accountId, long patientId, Notice.Kind kind, String text) {
    em.persist(new Notice(accountId, patientId, kind, text, Instant.now()));
  }

  /**
   * A therapist's unseen red-flag notices, only of clients who are still linked and still share
   * their check-ins: withdrawing hides them at once.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notice> unseenRedFlags(@Self long therapistId) {
    return em.createQuery(
            "select n from Notice n where n.accountId = :t and n.kind = :k and n.readAt is null"
                + " and exists (select s.id from OutcomeShare s where s.therapistId = :t"
                + " and s.patientId = n.patientId and s.kind = :share and s.withdrawnAt is null)"
                + " and exists (select l.id from CareLink l where l.therapistId = :t"
                + " and l.patientId = n.patientId and l.unlinkedAt is null)"
                + " order by n.createdAt desc",
            Notice.class)
        .setParameter("t", therapistId)
        .setParameter("k", Notice.Kind.RED_FLAG)
        .setParameter("share", ShareKind.CHECKINS)
        .setMaxResults(20)
        .getResultList();
  }

  /** The therapist has seen a client's red flags (on the client page). */
  void redFlagsSeen(long therapistId, long patientId) {
    em.createQuery(
            "update Notice n set n.readAt = :now where n.accountId = :t and n.patientId = :p"
                + " and n.kind = :k and n.readAt is null")
        .setParameter("now", Instant.now())
        .setParameter("t", therapistId)
        .setParameter("p", patientId)
        .setParameter("k", Notice.Kind.RED_FLAG)
        .executeUpdate();
  }

  /** Tells a therapist that {@code patient} ended the link with them. */
  void unlinked(long therapistId, Account patient) {
    em.persist(
        new Notice(
            therapistId,
            Notice.Kind.UNLINKED,
            null,
            patient.getId(),
            patient.getDisplayName(),
            Instant.now()));
  }

  /**
   * Dismisses the patient's unread news about what this therapist assigned (suggested, due soon,
   * overdue): after the link ends, it is not theirs to act on any more.
   */
  void dismissFrom(long patientId, long therapistId) {
    em.createQuery(
            "update Notice n set n.readAt = :now where n.accountId = :p and n.readAt is null"
                + " and n.assignmentId in"
                + " (select a.id from Assignment a where a.therapistId = :t and a.patientId = :p)")
        .setParameter("now", Instant.now())
        .setParameter("p", patientId)
        .setParameter("t", therapistId)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notice> unread(@Self long accountId) {
    return em.createQuery(
            "select n from Notice n where n.accountId = :a and n.readAt is null"
                + " and n.kind <> :redFlag order by n.createdAt desc",
            Notice.class)
        .setParameter("a", accountId)
        // Red flags show only while the client shares check-ins (unseenRedFlags), never here.
        .setParameter("redFlag", Notice.Kind.RED_FLAG)
        .setMaxResults(20)
        .getResultList();
  }

  /** Dismisses one of the user's own notices; someone else's id changes nothing. */
  public void dismiss(@Self long accountId, long noticeId) {
    em.createQuery(
            "update Notice n set n.readAt = :now where n.id = :id and n.accountId = :a"
                + " and n.readAt is null")
        .setParameter("now", Instant.now())
        .setParameter("id", noticeId)
        .setParameter("a", accountId)
        .executeUpdate();
  }
}
