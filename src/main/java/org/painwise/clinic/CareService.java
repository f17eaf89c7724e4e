package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.EmailAlreadyUsedException;
import org.painwise.account.Guarded;
import org.painwise.account.Open;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.account.ThrottledException;
import org.painwise.clinic.InvitationException.Reason;

/**
 * Who may see whom: invitations, links between therapists and patients, and the one ownership check
 * that every clinic feature goes through ({@link #requireClient}).
 */
@ApplicationScoped
@Transactional
@Guarded
public class CareService {

  /** Letters and digits that cannot be mistaken for each other when read aloud or printed. */
  private static final char[] CODE_CHARS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

  private static final int CODE_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private NoticeService notices;

  /** A new one-time invitation, valid for {@code days} days (1 to 90). */
  @Guarded(Role.THERAPIST)
  public Invitation invite(@Self long therapistId, int days) {
    int valid = Math.max(1, Math.min(Invitation.MAX_DAYS, days));
    Instant now = Instant.now();
    Invitation invitation =
        new Invitation(therapistId, newCode(), now, now.plus(Duration.ofDays(valid)));
    em.persist(invitation);
    return invitation;
  }

  @Guarded(Role.THERAPIST)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Invitation> invitations(@Self long therapistId) {
    return em.createQuery(
            "select i from Invitation i where i.therapistId = :t" + " order by i.createdAt desc",
            Invitation.class)
        .setParameter("t", therapistId)
        .setMaxResults(200)
        .getResultList();
  }

  /** Revokes one of this therapist's open invitations. */
  @Guarded(Role.THERAPIST)
  public void revoke(@Self long therapistId, long invitationId) throws NotYourClientException {
    Invitation invitation = em.find(Invitation.class, invitationId);
    if (invitation == null || invitation.getTherapistId() != therapistId) {
      throw new NotYourClientException();
    }
    if (invitation.status(Instant.now()) == Invitation.Status.OPEN) {
      invitation.revoke(Instant.now());
    }
  }

  /** The therapist behind an open code, for the sign-up page's welcome line. */
  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> inviter(String code) {
    return findByCode(code)
        .filter(i -> i.status(Instant.now()) == Invitation.Status.OPEN)
        .flatMap(i -> accounts.find(i.getTherapistId()));
  }

  /**
   * What signing up with an invitation code did: the account (none when the person must confirm
   * their email and the email was already used), the link or why not, and whether the person must
   * now open the link emailed to them (then the page says only that, whatever happened).
   */
  public record SignUp(
      Optional<Account> account,
      Optional<Account> therapist,
      Optional<Reason> problem,
      boolean confirmByEmail) {}

  /**
   * A new patient signs up, with an invitation code when they followed a therapist's link: the
   * account is made ({@link AccountService#signUp}, which throttles and, with mail on, asks for the
   * email's confirmation), then the code is redeemed for it, in one transaction. Anyone may call
   * it; the account it links is the one it has just made, never an id from outside.
   */
  @Open
  public SignUp signUp(
      String email,
      String displayName,
      String password,
      String code,
      String address,
      String language,
      Locale pageLocale)
      throws EmailAlreadyUsedException, ThrottledException {
    AccountService.SignUp done =
        accounts.signUp(email, displayName, password, address, language, pageLocale);
    if (done.created().isEmpty() || code == null || code.isBlank()) {
      return new SignUp(done.created(), Optional.empty(), Optional.empty(), done.confirmByEmail());
    }
    Account created = done.created().get();
    try {
      return new SignUp(
          done.created(),
          Optional.of(redeemFor(created.getId(), code)),
          Optional.empty(),
          done.confirmByEmail());
    } catch (InvitationException e) {
      return new SignUp(
          done.created(), Optional.empty(), Optional.of(e.reason()), done.confirmByEmail());
    }
  }

  /** A patient uses a code: the code is spent and the therapist now follows the patient. */
  @Guarded(Role.PATIENT)
  public Account redeem(@Self long patientId, String code) throws InvitationException {
    return redeemFor(patientId, code);
  }

  /**
   * Redeems with the invitation's row locked until the transaction ends: when many people use one
   * code at once, they take turns, the first makes the link and the others find it used.
   */
  private Account redeemFor(long patientId, String code) throws InvitationException {
    Invitation invitation =
        findByCode(code, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> new InvitationException(Reason.UNKNOWN));
    switch (invitation.status(Instant.now())) {
      case EXPIRED -> throw new InvitationException(Reason.EXPIRED);
      case USED -> throw new InvitationException(Reason.USED);
      case REVOKED -> throw new InvitationException(Reason.REVOKED);
      default -> {}
    }
    Account patient = accounts.find(patientId).orElseThrow();
    if (patient.getRole() != Role.PATIENT) {
      throw new InvitationException(Reason.NOT_A_PATIENT);
    }
    if (isLinked(invitation.getTherapistId(), patientId)) {
      throw new InvitationException(Reason.ALREADY_LINKED);
    }
    invitation.use(patientId, Instant.now());
    em.persist(new CareLink(invitation.getTherapistId(), patientId, Instant.now()));
    return accounts.find(invitation.getTherapistId()).orElseThrow();
  }

  /**
   * The patient ends a link: from now on that therapist sees nothing of them. The therapist gets a
   * notice, and the patient's unread news about that therapist's suggestions goes away.
   */
  @Guarded(Role.PATIENT)
  public void unlink(@Self long patientId, long therapistId) {
    List<CareLink> links =
        em.createQuery(
                "select l from CareLink l where l.patientId = :p and l.therapistId = :t"
                    + " and l.unlinkedAt is null",
                CareLink.class)
            .setParameter("p", patientId)
            .setParameter("t", therapistId)
            .getResultList();
    if (links.isEmpty()) {
      return;
    }
    Instant now = Instant.now();
    links.forEach(l -> l.unlink(now));
    // Consent ends with the link: linking again later shares nothing until the patient says so.
    em.createQuery(
            "update OutcomeShare s set s.withdrawnAt = :now where s.patientId = :p"
                + " and s.therapistId = :t and s.withdrawnAt is null")
        .setParameter("now", now)
        .setParameter("p", patientId)
        .setParameter("t", therapistId)
        .executeUpdate();
    notices.unlinked(therapistId, accounts.find(patientId).orElseThrow());
    notices.dismissFrom(patientId, therapistId);
  }

  /** The therapists a patient is linked to now. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Account> therapistsOf(@Self long patientId) {
    return em.createQuery(
            "select a from Account a where a.id in (select l.therapistId"
                + " from CareLink l where l.patientId = :p and l.unlinkedAt is null)"
                + " order by a.displayName",
            Account.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  boolean isLinked(long therapistId, long patientId) {
    return !em.createQuery(
            "select l.id from CareLink l where l.therapistId = :t"
                + " and l.patientId = :p and l.unlinkedAt is null",
            Long.class)
        .setParameter("t", therapistId)
        .setParameter("p", patientId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The patient, if they are this therapist's linked client; otherwise "not found". */
  @Guarded(Role.THERAPIST)
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account requireClient(@Self long therapistId, long patientId)
      throws NotYourClientException {
    if (!isLinked(therapistId, patientId)) {
      throw new NotYourClientException();
    }
    return accounts.find(patientId).orElseThrow(NotYourClientException::new);
  }

  private Optional<Invitation> findByCode(String code) {
    return findByCode(code, LockModeType.NONE);
  }

  private Optional<Invitation> findByCode(String code, LockModeType lock) {
    if (code == null) {
      return Optional.empty();
    }
    String normalised =
        code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
    return em
        .createQuery("select i from Invitation i where i.code = :c", Invitation.class)
        .setParameter("c", normalised)
        .setLockMode(lock)
        .getResultList()
        .stream()
        .findFirst();
  }

  private static String newCode() {
    StringBuilder sb = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      sb.append(CODE_CHARS[RANDOM.nextInt(CODE_CHARS.length)]);
    }
    return sb.toString();
  }
}
