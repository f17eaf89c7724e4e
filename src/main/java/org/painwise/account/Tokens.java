package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.painwise.account.AccountToken.Purpose;
import org.painwise.config.Languages;
import org.painwise.config.Links;
import org.painwise.config.Mail;

/**
 * The one-time links of accounts ({@link AccountToken}), for the account services: issue (and
 * email), check, spend. Runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tokens {

  /** Links of the token pages: {@code /reset-password?token=…} and so on. */
  static String path(Purpose purpose, String token) {
    String page =
        switch (purpose) {
          case RESET_PASSWORD -> "/reset-password";
          case VERIFY_EMAIL -> "/verify-email";
          case CHANGE_EMAIL -> "/confirm-email";
        };
    return page + "?token=" + token;
  }

  @PersistenceContext private EntityManager em;
  @Inject private Mail mail;
  @Inject private Links links;

  /**
   * Issues a link of this purpose for {@code account} and emails it to {@code to}, in the account's
   * language (else {@code pageLocale}'s), once the transaction commits.
   */
  void mail(Account account, Purpose purpose, String newEmail, String to, Locale pageLocale) {
    String token = issue(account.getId(), purpose, newEmail);
    String[] keys =
        switch (purpose) {
          case RESET_PASSWORD ->
              new String[] {"mail.subject.passwordReset", "mail.body.passwordReset"};
          case VERIFY_EMAIL -> new String[] {"mail.subject.verifyEmail", "mail.body.verifyEmail"};
          case CHANGE_EMAIL -> new String[] {"mail.subject.changeEmail", "mail.body.changeEmail"};
        };
    mail.send(
        to,
        Languages.forMail(account.getLanguage(), pageLocale),
        keys[0],
        keys[1],
        account.getDisplayName(),
        links.to(path(purpose, token)),
        purpose.lifetime().toHours());
  }

  /**
   * A new link for an account; its older links of the same purpose stop working, and its expired
   * links go. Returns the token, which is stored only as a hash.
   */
  String issue(long accountId, Purpose purpose, String newEmail) {
    Instant now = Instant.now();
    // This account's rows only: two sign-ups at once never wait for each other's deletes.
    em.createNamedQuery("AccountToken.deleteExpired")
        .setParameter("account", accountId)
        .setParameter("now", now)
        .executeUpdate();
    forget(accountId, purpose);
    String token = AccountToken.newToken();
    em.persist(new AccountToken(accountId, purpose, AccountToken.hash(token), newEmail, now));
    return token;
  }

  /** The link of this token and purpose if it still works, without spending it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Optional<AccountToken> find(Purpose purpose, String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
        .setParameter("hash", AccountToken.hash(token.strip()))
        .setParameter("purpose", purpose)
        .getResultStream()
        .filter(t -> t.isValid(now))
        .findFirst();
  }

  /**
   * Spends a link: it works once. Of two requests that spend one link at once, one deletes its row
   * and gets it; the other waits for that row and then finds nothing.
   */
  AccountToken spend(Purpose purpose, String token) throws InvalidLinkException {
    AccountToken found = find(purpose, token).orElseThrow(InvalidLinkException::new);
    int deleted =
        em.createQuery("delete from AccountToken t where t.id = :id")
            .setParameter("id", found.getId())
            .executeUpdate();
    if (deleted != 1) {
      throw new InvalidLinkException();
    }
    return found;
  }

  /** Every open link of these purposes (all of them when none is given) stops working. */
  void forget(long accountId, Purpose... purposes) {
    em.createNamedQuery("AccountToken.deleteOf")
        .setParameter("account", accountId)
        .setParameter("purposes", Arrays.asList(purposes.length == 0 ? Purpose.values() : purposes))
        .executeUpdate();
  }
}
