package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.painwise.account.AccountToken.Purpose;
import org.painwise.account.ThrottleEntry.Kind;
import org.painwise.config.Languages;
import org.painwise.config.Links;
import org.painwise.config.Mail;

/**
 * What a person signs in with, and the one-time links that change it: password reset (by email, or
 * a link an admin makes), email confirmation after sign-up, password and email changes. Every
 * change of password or email signs out the account's other sessions (the security stamp) and tells
 * the person by email.
 *
 * <p>The requests anyone may make without signing in (a reset, a new confirmation link) answer the
 * same whether or not an account has the email, and are throttled per email and per client address
 * ({@code painwise.throttle.mail.*}). A wrong current password counts as a failed sign-in.
 */
@ApplicationScoped
@Transactional
@Guarded
public class Credentials {

  private static final Logger LOG = Logger.getLogger(Credentials.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Throttle throttle;
  @Inject private Tokens tokens;
  @Inject private Mail mail;
  @Inject private Links links;

  /** What an email change did: a link went to the new address, or (mail off) it is done. */
  public enum EmailChange {
    LINK_SENT,
    CHANGED
  }

  /** Whether links can be emailed: without mail, resets go through an admin. */
  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mailDelivers() {
    return mail.delivers();
  }

  // ---------------------------------------------------------------------------------------------
  // Password reset

  /**
   * Emails a reset link to the account with this email, if there is one and mail reaches people;
   * nothing tells the caller which. Every request counts against the email and the address.
   */
  @Open
  public void requestReset(String email, String address, Locale pageLocale)
      throws ThrottledException {
    countMailRequest(email, address);
    if (!mail.delivers()) {
      return;
    }
    accounts
        .findByEmail(email)
        .ifPresent(a -> tokens.mail(a, Purpose.RESET_PASSWORD, null, a.getEmail(), pageLocale));
  }

  /** Whether a link of this purpose still works (the page shows its form only then). */
  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean linkWorks(Purpose purpose, String token) {
    return tokens.find(purpose, token).isPresent();
  }

  /**
   * Sets a new password with a reset link, which is then spent. The email counts as confirmed (the
   * link reached it), and every session of the account is signed out.
   */
  @Open
  public Account resetPassword(String token, String newPassword) throws InvalidLinkException {
    AccountToken link = tokens.spend(Purpose.RESET_PASSWORD, token);
    Account account =
        Optional.ofNullable(em.find(Account.class, link.getAccountId()))
            .orElseThrow(InvalidLinkException::new);
    account.setPasswordHash(hasher.hash(newPassword));
    account.setEmailVerified(true);
    account.revokeSessions();
    tokens.forget(account.getId(), Purpose.RESET_PASSWORD, Purpose.VERIFY_EMAIL);
    tell(
        account,
        account.getEmail(),
        "mail.subject.passwordChanged",
        "mail.body.passwordChanged",
        links.to("/forgot-password"));
    return account;
  }

  /**
   * Admin: a reset link for another account. With mail, it is emailed to the account and nothing is
   * returned; without, the link is returned to be shown once to the admin, who hands it over.
   */
  @Guarded(Role.ADMIN)
  public Optional<String> adminReset(@Self long adminId, long accountId)
      throws AccountNotFoundException {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new AccountNotFoundException(accountId);
    }
    if (mail.delivers()) {
      tokens.mail(account, Purpose.RESET_PASSWORD, null, account.getEmail(), null);
      LOG.info(() -> "Admin " + adminId + " sent a reset link to account " + accountId);
      return Optional.empty();
    }
    String token = tokens.issue(account.getId(), Purpose.RESET_PASSWORD, null);
    LOG.info(() -> "Admin " + adminId + " made a reset link for account " + accountId);
    return Optional.of(links.to(Tokens.path(Purpose.RESET_PASSWORD, token)));
  }

  // ---------------------------------------------------------------------------------------------
  // Email confirmation after sign-up

  /** Confirms a new account's email with its link, which is then spent. */
  @Open
  public Account verifyEmail(String token) throws InvalidLinkException {
    AccountToken link = tokens.spend(Purpose.VERIFY_EMAIL, token);
    Account account =
        Optional.ofNullable(em.find(Account.class, link.getAccountId()))
            .orElseThrow(InvalidLinkException::new);
    account.setEmailVerified(true);
    return account;
  }

  /**
   * Emails a new confirmation link to an account with this email that is not confirmed yet; the
   * same answer otherwise. Throttled like a reset.
   */
  @Open
  public void resendVerification(String email, String address, Locale pageLocale)
      throws ThrottledException {
    countMailRequest(email, address);
    if (!mail.delivers()) {
      return;
    }
    accounts
        .findByEmail(email)
        .filter(a -> !a.isEmailVerified())
        .ifPresent(a -> tokens.mail(a, Purpose.VERIFY_EMAIL, null, a.getEmail(), pageLocale));
  }

  // ---------------------------------------------------------------------------------------------
  // Changes by the signed-in person

  /**
   * Changes the password, given the current one. The account's other sessions are signed out (the
   * caller's own session must remember the new stamp). A wrong current password counts as a failed
   * sign-in of the account and the address.
   */
  public void changePassword(
      @Self long accountId, String currentPassword, String newPassword, String address)
      throws WrongPasswordException, ThrottledException {
    Account account = checkPassword(accountId, currentPassword, address);
    account.setPasswordHash(hasher.hash(newPassword));
    account.revokeSessions();
    tokens.forget(accountId, Purpose.RESET_PASSWORD);
    tell(
        account,
        account.getEmail(),
        "mail.subject.passwordChanged",
        "mail.body.passwordChanged",
        links.to("/forgot-password"));
  }

  /**
   * Starts an email change, given the current password. With mail, a link goes to the new address
   * and the change waits for it; an address another account has gets the same answer and no link.
   * Without mail, the email changes at once (a used address is refused) and the old address is
   * told. A changed email signs out every session of the account, since one signs in with it.
   */
  public EmailChange changeEmail(
      @Self long accountId, String currentPassword, String newEmail, String address)
      throws WrongPasswordException, ThrottledException, EmailAlreadyUsedException {
    Account account = checkPassword(accountId, currentPassword, address);
    String normalised = Account.normaliseEmail(newEmail);
    boolean used = accounts.findByEmail(normalised).isPresent();
    if (mail.delivers()) {
      if (!used) {
        tokens.mail(account, Purpose.CHANGE_EMAIL, normalised, normalised, null);
      }
      return EmailChange.LINK_SENT;
    }
    if (used) {
      throw new EmailAlreadyUsedException(normalised);
    }
    moveEmail(account, normalised);
    return EmailChange.CHANGED;
  }

  /** Confirms an email change with the link sent to the new address; the old one is told. */
  @Open
  public Account confirmEmailChange(String token)
      throws InvalidLinkException, EmailAlreadyUsedException {
    AccountToken link = tokens.spend(Purpose.CHANGE_EMAIL, token);
    Account account =
        Optional.ofNullable(em.find(Account.class, link.getAccountId()))
            .orElseThrow(InvalidLinkException::new);
    if (accounts.findByEmail(link.getNewEmail()).isPresent()) {
      throw new EmailAlreadyUsedException(link.getNewEmail());
    }
    moveEmail(account, link.getNewEmail());
    account.setEmailVerified(true);
    return account;
  }

  // ---------------------------------------------------------------------------------------------

  private void moveEmail(Account account, String newEmail) {
    String old = account.getEmail();
    account.setEmail(newEmail);
    account.revokeSessions();
    tokens.forget(account.getId());
    em.flush(); // the unique email is checked now, inside this call
    tell(account, old, "mail.subject.emailChanged", "mail.body.emailChanged", newEmail);
  }

  private Account checkPassword(long accountId, String currentPassword, String address)
      throws WrongPasswordException, ThrottledException {
    Account account = em.find(Account.class, accountId);
    Throttle.Attempt attempt = throttle.signIn(account.getEmail(), address);
    if (attempt.waitFor().isPresent()) {
      throw new ThrottledException(attempt.waitFor().get());
    }
    if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
      Optional<java.time.Duration> block =
          throttle.count(attempt, Kind.LOGIN_ACCOUNT, Kind.LOGIN_ADDRESS);
      if (block.isPresent()) {
        throw new ThrottledException(block.get());
      }
      throw new WrongPasswordException();
    }
    throttle.reset(attempt, Kind.LOGIN_ACCOUNT);
    return account;
  }

  private void countMailRequest(String email, String address) throws ThrottledException {
    Throttle.Attempt attempt = throttle.mail(email, address);
    if (attempt.waitFor().isPresent()) {
      throw new ThrottledException(attempt.waitFor().get());
    }
    throttle.count(attempt, Kind.MAIL_ACCOUNT, Kind.MAIL_ADDRESS);
  }

  /** A notice about a change, to {@code to}, in the account's language: its name comes first. */
  private void tell(Account account, String to, String subjectKey, String bodyKey, Object... more) {
    Object[] args = new Object[1 + more.length];
    args[0] = account.getDisplayName();
    System.arraycopy(more, 0, args, 1, more.length);
    mail.send(to, Languages.forMail(account.getLanguage(), null), subjectKey, bodyKey, args);
  }
}
