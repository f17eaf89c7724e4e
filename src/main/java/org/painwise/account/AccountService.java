package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painwise.account.ThrottleEntry.Kind;
import org.painwise.config.Languages;
import org.painwise.config.Links;
import org.painwise.config.Mail;

/** Accounts: sign-up, look-up, the chosen language, the admin's paged list and role changes. */
@ApplicationScoped
@Transactional
@Guarded
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private PasswordHasher hasher;
  @Inject private Throttle throttle;
  @Inject private Tokens tokens;
  @Inject private Mail mail;
  @Inject private Links links;

  /**
   * What a sign-up did: the account it made, if it made one, and whether the person must now open
   * the link emailed to them (mail on: the answer is the same for a used email, which gets an email
   * saying so instead).
   */
  public record SignUp(Optional<Account> created, boolean confirmByEmail) {}

  /**
   * A person makes their own patient account. Every sign-up counts against the client {@code
   * address} (null: not counted by address).
   *
   * <p>Mail off (the demo, the test server): the account can sign in at once, and a used email is
   * refused ({@link EmailAlreadyUsedException}) and counted against that email, so that nobody can
   * test many emails quickly.
   *
   * <p>Mail on: the account cannot sign in until the link emailed to it is opened. A used email
   * gets the same answer, and its owner an email that says an account exists (with a way to reset
   * the password); every sign-up counts against its email, and a used email costs the time of a new
   * password hash, so neither the answer, nor the throttle, nor the time tells whether the email
   * had an account.
   *
   * @param language the language the person chose before signing up (the cookie), or null
   * @param pageLocale the page's language, for the email when no language was chosen
   */
  @Open
  public SignUp signUp(
      String email,
      String displayName,
      String password,
      String address,
      String language,
      Locale pageLocale)
      throws EmailAlreadyUsedException, ThrottledException {
    Throttle.Attempt attempt = throttle.signUp(email, address);
    if (attempt.waitFor().isPresent()) {
      throw new ThrottledException(attempt.waitFor().get());
    }
    throttle.count(attempt, Kind.SIGNUP_ADDRESS);
    boolean confirm = mail.delivers();
    if (confirm) {
      throttle.count(attempt, Kind.SIGNUP_ACCOUNT);
    }
    Optional<Account> existing = findByEmail(email);
    if (existing.isPresent()) {
      if (!confirm) {
        throttle.count(attempt, Kind.SIGNUP_ACCOUNT);
        throw new EmailAlreadyUsedException(existing.get().getEmail());
      }
      hasher.hash(password == null ? "" : password); // as long as making an account takes
      Account owner = existing.get();
      mail.send(
          owner.getEmail(),
          Languages.forMail(owner.getLanguage(), pageLocale),
          "mail.subject.alreadyRegistered",
          "mail.body.alreadyRegistered",
          owner.getDisplayName(),
          links.to("/login"),
          links.to("/forgot-password"));
      return new SignUp(Optional.empty(), true);
    }
    Account created = register(email, displayName, password, Role.PATIENT);
    created.setLanguage(Languages.of(language).map(Locale::getLanguage).orElse(null));
    if (confirm) {
      created.setEmailVerified(false);
      tokens.mail(created, AccountToken.Purpose.VERIFY_EMAIL, null, created.getEmail(), pageLocale);
    }
    return new SignUp(Optional.of(created), confirm);
  }

  /** Creates an account. Emails are unique without regard to case. */
  @Open
  public Account register(String email, String displayName, String password, Role role)
      throws EmailAlreadyUsedException {
    if (role != Role.PATIENT && !caller.isSystem()) {
      throw new AccessDeniedException("register: only patients sign themselves up");
    }
    String normalised = Account.normaliseEmail(email);
    if (findByEmail(normalised).isPresent()) {
      throw new EmailAlreadyUsedException(normalised);
    }
    Account account = new Account();
    account.setEmail(normalised);
    account.setDisplayName(displayName);
    account.setRole(role);
    account.setPasswordHash(hasher.hash(password));
    em.persist(account);
    return account;
  }

  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> findByEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Account.findByEmail", Account.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** Checks an email and password; the same answer for an unknown email and a wrong password. */
  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> authenticate(String email, String password) {
    Optional<Account> account = findByEmail(email);
    if (account.isEmpty()) {
      hasher.verifyDecoy(password == null ? "" : password);
      return Optional.empty();
    }
    if (password == null || !hasher.verify(password, account.get().getPasswordHash())) {
      return Optional.empty();
    }
    return account;
  }

  /**
   * What a session signed in as {@code email} must still match: the account id and its security
   * stamp ({@link SessionRevocationFilter}); empty when the account is gone. One indexed read.
   */
  @Open
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> securityStamp(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Account.securityStamp", Object[].class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst()
        .map(row -> row[0] + ":" + row[1]);
  }

  /**
   * Saves the language a person chose ({@code en}, {@code fr}); an unknown tag clears it, so pages
   * follow the browser again.
   */
  public Account setLanguage(@Self long accountId, String language) {
    Account account = em.find(Account.class, accountId);
    account.setLanguage(Languages.of(language).map(Locale::getLanguage).orElse(null));
    return account;
  }

  /**
   * Admin: changes the role of another account. An admin cannot change their own role. The
   * account's open sessions are signed out on their next request.
   */
  @Guarded(Role.ADMIN)
  public Account changeRole(@Self long adminId, long accountId, Role role)
      throws AccountNotFoundException, OwnRoleChangeException {
    if (adminId == accountId) {
      throw new OwnRoleChangeException();
    }
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new AccountNotFoundException(accountId);
    }
    if (account.getRole() != role) {
      account.setRole(role);
      account.revokeSessions();
    }
    return account;
  }

  /**
   * Deletes an account and, through the database's cascading keys, all its personal data: progress,
   * links, assignments, notices, quiz attempts. A therapist's view loses the client.
   */
  public void delete(@Self long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account != null) {
      em.remove(account);
      em.flush();
    }
  }

  /** One page of accounts, filtered by a search over email and name, for the admin table. */
  @Guarded(Role.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Account> page(
      String search, Role role, int first, int size, String sortField, boolean ascending) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Account> q = cb.createQuery(Account.class);
    Root<Account> a = q.from(Account.class);
    q.where(filters(cb, a, search, role));
    String field =
        switch (sortField == null ? "" : sortField) {
          case "displayName", "role", "createdAt" -> sortField;
          default -> "email";
        };
    q.orderBy(ascending ? cb.asc(a.get(field)) : cb.desc(a.get(field)), cb.asc(a.get("id")));
    TypedQuery<Account> query = em.createQuery(q);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  @Guarded(Role.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(String search, Role role) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Account> a = q.from(Account.class);
    q.select(cb.count(a)).where(filters(cb, a, search, role));
    return em.createQuery(q).getSingleResult();
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<Account> a, String search, Role role) {
    List<Predicate> where = new ArrayList<>();
    if (search != null && !search.isBlank()) {
      String like =
          "%"
              + search
                  .strip()
                  .toLowerCase(java.util.Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      where.add(
          cb.or(
              cb.like(a.get("email"), like, '\\'),
              cb.like(cb.lower(a.get("displayName")), like, '\\')));
    }
    if (role != null) {
      where.add(cb.equal(a.get("role"), role));
    }
    return where.toArray(Predicate[]::new);
  }
}
