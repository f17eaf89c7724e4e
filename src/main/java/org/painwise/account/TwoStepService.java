package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.painwise.account.TwoStepException.Reason;
import org.painwise.config.Languages;
import org.painwise.config.Links;
import org.painwise.config.Mail;

/**
 * Two-step sign-in: a TOTP code from any authenticator app ({@link Totp}) after the password, or
 * one of ten one-time recovery codes. Required for admins, offered to therapists and educators at
 * every sign-in until they turn it on, optional for patients; the demo and benchmark accounts sign
 * in without it. A code works once: the last time step used is kept per account, and a recovery
 * code is marked used, each with a conditional update, so two requests with one code cannot both
 * pass.
 */
@ApplicationScoped
@Transactional
@Guarded
public class TwoStepService {

  private static final Logger LOG = Logger.getLogger(TwoStepService.class.getName());

  /** The issuer that authenticator apps show beside the account. */
  static final String ISSUER = "Painwise";

  /** Bytes of a new secret: 160 bits, as RFC 4226 recommends for HMAC-SHA-1. */
  static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** How a role is asked for two-step sign-in. */
  public enum Rule {
    /** Admins: no sign-in without it. */
    REQUIRED,
    /** Therapists and educators: offered after every sign-in until it is on. */
    OFFERED,
    /** Patients: in their account page, if they want it. */
    OPTIONAL;

    public static Rule of(Role role) {
      return switch (role) {
        case ADMIN -> REQUIRED;
        case THERAPIST, EDUCATOR -> OFFERED;
        case PATIENT -> OPTIONAL;
      };
    }
  }

  /** What follows a right password. */
  public enum Next {
    /** Signed in. */
    NONE,
    /** Signed in, and two-step sign-in is offered first. */
    OFFER,
    /** A code first. */
    CODE,
    /** Two-step sign-in is required and must be set up first. */
    SETUP
  }

  /** What a code typed at sign-in was. */
  public enum Verification {
    ACCEPTED,
    WRONG,
    USED
  }

  /** An account's two-step sign-in as its settings page shows it. */
  public record Status(
      boolean enabled, Instant enabledAt, boolean exempt, Rule rule, long recoveryCodesLeft) {

    /** Whether the account may turn it on now. */
    public boolean canTurnOn() {
      return !enabled && !exempt;
    }

    /** Whether the account may turn it off (never where it is required). */
    public boolean canTurnOff() {
      return enabled && rule != Rule.REQUIRED;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private PasswordHasher hasher;
  @Inject private SecretCipher cipher;
  @Inject private Mail mail;
  @Inject private Links links;

  /** A new random secret for an authenticator app. */
  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /**
   * The {@code otpauth://} link that authenticator apps read (Google's Key Uri Format): issuer and
   * email as the label, the secret in Base32, and the defaults spelled out (SHA1, 6 digits, 30 s).
   */
  public static String otpauthUri(String email, byte[] secret) {
    String label = encode(ISSUER) + ":" + encode(email);
    return "otpauth://totp/"
        + label
        + "?secret="
        + Base32.encodeUnpadded(secret)
        + "&issuer="
        + encode(ISSUER)
        + "&algorithm=SHA1&digits="
        + Totp.DIGITS
        + "&period="
        + Totp.STEP.toSeconds();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Sign-in, after the right password: what comes next for this account. */
  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public Next afterPassword(Account account) {
    Optional<TwoStep> settings = settings(account.getId());
    if (settings.map(TwoStep::isExempt).orElse(false)) {
      return Next.NONE;
    }
    if (settings.map(TwoStep::isEnabled).orElse(false)) {
      return Next.CODE;
    }
    return switch (Rule.of(account.getRole())) {
      case REQUIRED -> Next.SETUP;
      case OFFERED -> Next.OFFER;
      case OPTIONAL -> Next.NONE;
    };
  }

  /**
   * Sign-in, second step: whether {@code code} is the account's authenticator code of now (the step
   * before and after too) or one of its unused recovery codes; a code is used up by this call. Only
   * a sign-in whose password was right can call it (the {@link PendingSignIn} is the proof).
   */
  @Open
  public Verification verify(PendingSignIn pending, String code) {
    if (code == null || code.isBlank()) {
      return Verification.WRONG;
    }
    String typed = code.replace(" ", "").strip();
    if (RecoveryCode.looksLikeOne(typed)) {
      return useRecoveryCode(pending.accountId(), typed);
    }
    Optional<TwoStep> settings = settings(pending.accountId()).filter(TwoStep::isEnabled);
    if (settings.isEmpty()) {
      return Verification.WRONG;
    }
    TwoStep t = settings.get();
    byte[] secret = cipher.open(t.getAccountId(), t.storedSecret());
    Instant now = Instant.now();
    OptionalLong step = Totp.match(secret, typed, now, t.usedUpTo());
    if (step.isEmpty()) {
      return Totp.wasUsed(secret, typed, now, t.usedUpTo())
          ? Verification.USED
          : Verification.WRONG;
    }
    int updated =
        em.createNamedQuery("TwoStep.useStep")
            .setParameter("step", step.getAsLong())
            .setParameter("account", t.getAccountId())
            .executeUpdate();
    // Another request used this step (or a later one) a moment ago: this one is a replay.
    return updated == 1 ? Verification.ACCEPTED : Verification.USED;
  }

  private Verification useRecoveryCode(long accountId, String typed) {
    for (RecoveryCode candidate :
        em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
            .setParameter("account", accountId)
            .getResultList()) {
      if (candidate.matches(typed)) {
        int updated =
            em.createNamedQuery("RecoveryCode.use")
                .setParameter("now", Instant.now())
                .setParameter("id", candidate.getId())
                .executeUpdate();
        return updated == 1 ? Verification.ACCEPTED : Verification.USED;
      }
    }
    return Verification.WRONG;
  }

  /**
   * Sign-in where two-step sign-in is required and not on yet: turns it on with {@code secret} once
   * {@code code} shows the app has it, and completes the half-done sign-in. The new recovery codes,
   * shown once.
   */
  @Open
  public List<String> enable(PendingSignIn pending, byte[] secret, String code)
      throws TwoStepException {
    if (pending.next() != PendingSignIn.Next.SETUP || pending.expired(Instant.now())) {
      throw new AccessDeniedException("enable: no sign-in waits for a set-up");
    }
    List<String> codes = turnOn(pending.accountId(), secret, code);
    pending.markSetUp();
    return codes;
  }

  /**
   * The signed-in user turns two-step sign-in on with {@code secret} once {@code code} shows the
   * app has it. The new recovery codes, shown once.
   */
  public List<String> enable(@Self long accountId, byte[] secret, String code)
      throws TwoStepException {
    return turnOn(accountId, secret, code);
  }

  private List<String> turnOn(long accountId, byte[] secret, String code) throws TwoStepException {
    TwoStep t = lockedSettings(accountId);
    if (t.isExempt()) {
      throw new TwoStepException(Reason.EXEMPT);
    }
    if (t.isEnabled()) {
      throw new TwoStepException(Reason.ALREADY_ON);
    }
    String typed = code == null ? "" : code.replace(" ", "").strip();
    OptionalLong step = Totp.match(secret, typed, Instant.now(), Long.MIN_VALUE);
    if (step.isEmpty()) {
      throw new TwoStepException(Reason.WRONG_CODE);
    }
    // The confirming code counts as used: it cannot sign in a second time.
    t.enable(cipher.seal(accountId, secret), step.getAsLong(), Instant.now());
    return newRecoveryCodes(accountId);
  }

  /** The account's two-step sign-in, for its settings page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Status status(@Self long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new AccessDeniedException("status: no such account");
    }
    Optional<TwoStep> t = settings(accountId);
    boolean enabled = t.map(TwoStep::isEnabled).orElse(false);
    long left =
        enabled
            ? em.createNamedQuery("RecoveryCode.countUnused", Long.class)
                .setParameter("account", accountId)
                .getSingleResult()
            : 0;
    return new Status(
        enabled,
        t.map(TwoStep::getEnabledAt).orElse(null),
        t.map(TwoStep::isExempt).orElse(false),
        Rule.of(account.getRole()),
        left);
  }

  /** Turns two-step sign-in off, with the account's current password; never where required. */
  public void disable(@Self long accountId, String password) throws TwoStepException {
    Account account = checkPassword(accountId, password);
    if (Rule.of(account.getRole()) == Rule.REQUIRED) {
      throw new TwoStepException(Reason.REQUIRED);
    }
    TwoStep t = lockedSettings(accountId);
    t.disable();
    em.createNamedQuery("RecoveryCode.deleteAll")
        .setParameter("account", accountId)
        .executeUpdate();
  }

  /** Ten new recovery codes in place of the old ones, with the current password; shown once. */
  public List<String> renewRecoveryCodes(@Self long accountId, String password)
      throws TwoStepException {
    checkPassword(accountId, password);
    if (!lockedSettings(accountId).isEnabled()) {
      throw new TwoStepException(Reason.OFF);
    }
    return newRecoveryCodes(accountId);
  }

  /**
   * Admin: turns off another account's two-step sign-in, for someone who lost both their phone and
   * their recovery codes. The secret and the recovery codes are deleted, every session of the
   * account is signed out (a half-done sign-in too), the log names the admin, and the person is
   * emailed, in their language, to set it up again (an admin account is asked to at its next
   * sign-in, as always). Never an admin's own: another admin must do it.
   */
  @Guarded(Role.ADMIN)
  public void adminReset(@Self long adminId, long accountId)
      throws AccountNotFoundException, TwoStepException {
    if (adminId == accountId) {
      throw new TwoStepException(Reason.OWN_ACCOUNT);
    }
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new AccountNotFoundException(accountId);
    }
    TwoStep t = em.find(TwoStep.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (t == null || !t.isEnabled()) {
      throw new TwoStepException(Reason.OFF);
    }
    t.disable();
    em.createNamedQuery("RecoveryCode.deleteAll")
        .setParameter("account", accountId)
        .executeUpdate();
    account.revokeSessions();
    LOG.info(() -> "Admin " + adminId + " reset the two-step sign-in of account " + accountId);
    mail.send(
        account.getEmail(),
        Languages.forMail(account.getLanguage(), null),
        "mail.subject.twoStepReset",
        "mail.body.twoStepReset",
        account.getDisplayName(),
        links.to("/account/two-step"));
  }

  /** Admin: which of these accounts have two-step sign-in on (for the users table). */
  @Guarded(Role.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> enabledAmong(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(
        em.createNamedQuery("TwoStep.enabledAmong", Long.class)
            .setParameter("ids", accountIds)
            .getResultList());
  }

  /**
   * The system marks a shared account (a demo account, made at start-up) as one that signs in
   * without a second step. No person can call this.
   */
  public void exempt(long accountId) {
    if (!caller.isSystem()) {
      throw new AccessDeniedException("exempt: only the system");
    }
    TwoStep t = lockedSettings(accountId);
    if (t.isExempt()) {
      return;
    }
    t.exempt();
    t.disable();
    em.createNamedQuery("RecoveryCode.deleteAll")
        .setParameter("account", accountId)
        .executeUpdate();
  }

  private Account checkPassword(long accountId, String password) throws TwoStepException {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new AccessDeniedException("two-step: no such account");
    }
    if (password == null || !hasher.verify(password, account.getPasswordHash())) {
      throw new TwoStepException(Reason.WRONG_PASSWORD);
    }
    return account;
  }

  private List<String> newRecoveryCodes(long accountId) {
    em.createNamedQuery("RecoveryCode.deleteAll")
        .setParameter("account", accountId)
        .executeUpdate();
    Instant now = Instant.now();
    List<String> codes = new ArrayList<>(RecoveryCode.COUNT);
    for (int i = 0; i < RecoveryCode.COUNT; i++) {
      String code = RecoveryCode.generate();
      codes.add(code);
      em.persist(new RecoveryCode(accountId, code, now));
    }
    return codes;
  }

  private Optional<TwoStep> settings(long accountId) {
    return Optional.ofNullable(em.find(TwoStep.class, accountId));
  }

  /** The account's row, locked until the transaction ends; made when there is none yet. */
  private TwoStep lockedSettings(long accountId) {
    TwoStep t = em.find(TwoStep.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (t == null) {
      if (em.find(Account.class, accountId) == null) {
        throw new AccessDeniedException("two-step: no such account");
      }
      t = new TwoStep(accountId);
      em.persist(t);
    }
    return t;
  }
}
