package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.painwise.account.Guarded;
import org.painwise.account.Self;

/** In-app notices: each user reads and dismisses only their own. */
@ApplicationScoped
@Transactional
@Guarded
public class NoticeService {

  @PersistenceContext private EntityManager em;

  void add(long accountId, Notice.Kind kind, Long assignmentId, String text) {
    em.persist(new Notice(accountId, kind, assignmentId, text, Instant.now()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notice> unread(@Self long accountId) {
    return em.createQuery(
            "select n from Notice n where n.accountId = :a and n.readAt is null"
                + " order by n.createdAt desc",
            Notice.class)
        .setParameter("a", accountId)
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
