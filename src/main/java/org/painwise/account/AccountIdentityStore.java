package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.painwise.account.ThrottleEntry.Kind;

/**
 * Jakarta Security identity store over the account table. The caller name is the email. Every check
 * goes through the {@link Throttle}: while the account or the client address is blocked, not even
 * the right password is checked; a wrong one is counted for both; a right one resets the account's
 * count. A refusal leaves its wait in the {@link ThrottleVerdict} for the page. An account whose
 * email is not confirmed yet (sign-up with mail on) does not sign in, even with the right password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;
  @Inject private Throttle throttle;
  @Inject private ThrottleVerdict verdict;
  @Inject private HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Throttle.Attempt attempt = throttle.signIn(credential.getCaller(), throttle.addressOf(request));
    if (attempt.waitFor().isPresent()) {
      verdict.refuse(attempt.waitFor().get());
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<Account> account =
        accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
    if (account.isEmpty()) {
      throttle.count(attempt, Kind.LOGIN_ACCOUNT, Kind.LOGIN_ADDRESS).ifPresent(verdict::refuse);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.reset(attempt, Kind.LOGIN_ACCOUNT);
    Account a = account.get();
    if (!a.isEmailVerified()) {
      // Said only to someone who knows the password: the link emailed at sign-up comes first.
      verdict.unconfirmed();
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(a.getEmail(), Set.of(a.getRole().name()));
  }
}
