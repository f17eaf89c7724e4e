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
import java.util.Optional;

/** Accounts: sign-up, look-up, the admin's paged list and role changes. */
@ApplicationScoped
@Transactional
@Guarded
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private PasswordHasher hasher;

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
