package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.painwise.account.ThrottleEntry.Kind;
import org.painwise.config.Metrics;

/**
 * Jakarta Security identity store over the account table. The caller name is the email. Every check
 * goes through the {@link Throttle}: while the account or the client address is blocked, not even
 * the right password is checked; a wrong one is counted for both; a right one resets the account's
 * count. A refusal leaves its wait in the {@link ThrottleVerdict} for the page. An account whose
 * email is not confirmed yet (sign-up with mail on) does not sign in, even with the right password.
 *
 * <p>Two steps: where the account has two-step sign-in on, or must set it up first, a right
 * password is not yet a sign-in. The store answers "invalid" and leaves a {@link PendingSignIn} in
 * the {@link TwoStepVerdict}; the session then holds nobody signed in until a {@link
 * TwoStepCredential} (the pending sign-in and a code) passes here too, before its deadline and with
 * the account unchanged. Wrong and reused codes are throttled per account and address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;
  @Inject private TwoStepService twoStep;
  @Inject private Throttle throttle;
  @Inject private ThrottleVerdict verdict;
  @Inject private TwoStepVerdict steps;
  @Inject private HttpServletRequest request;
  @Inject private Metrics metrics;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential password) {
      return validate(password);
    }
    if (credential instanceof TwoStepCredential code) {
      return validate(code);
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Throttle.Attempt attempt = throttle.signIn(credential.getCaller(), throttle.addressOf(request));
    if (attempt.waitFor().isPresent()) {
      verdict.refuse(attempt.waitFor().get());
      metrics.count(Metrics.LOGINS_FAILED, "reason", "throttled");
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<Account> account =
        accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
    if (account.isEmpty()) {
      throttle.count(attempt, Kind.LOGIN_ACCOUNT, Kind.LOGIN_ADDRESS).ifPresent(verdict::refuse);
      metrics.count(Metrics.LOGINS_FAILED, "reason", "password");
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.reset(attempt, Kind.LOGIN_ACCOUNT);
    Account a = account.get();
    if (!a.isEmailVerified()) {
      // Said only to someone who knows the password: the link emailed at sign-up comes first.
      verdict.unconfirmed();
      return CredentialValidationResult.INVALID_RESULT;
    }
    TwoStepService.Next next = twoStep.afterPassword(a);
    if (next == TwoStepService.Next.CODE || next == TwoStepService.Next.SETUP) {
      Optional<String> stamp = accounts.securityStamp(a.getEmail());
      if (stamp.isEmpty()) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      steps.pending(
          new PendingSignIn(
              a.getId(),
              a.getEmail(),
              stamp.get(),
              next == TwoStepService.Next.CODE ? PendingSignIn.Next.CODE : PendingSignIn.Next.SETUP,
              Instant.now()));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (next == TwoStepService.Next.OFFER) {
      steps.offer();
    }
    return valid(a);
  }

  public CredentialValidationResult validate(TwoStepCredential credential) {
    PendingSignIn pending = credential.pending();
    Optional<Account> account = accounts.find(pending.accountId());
    if (pending.expired(Instant.now())
        || account.isEmpty()
        || !accounts.securityStamp(pending.email()).equals(Optional.of(pending.stamp()))) {
      steps.refuse(TwoStepVerdict.Refusal.EXPIRED);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account a = account.get();
    if (pending.isSetUp()) {
      // Set up in this sign-in with a code from the app: done, once the database says it is on.
      if (twoStep.afterPassword(a) == TwoStepService.Next.CODE) {
        return valid(a);
      }
      steps.refuse(TwoStepVerdict.Refusal.EXPIRED);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Throttle.Attempt attempt = throttle.secondStep(a.getEmail(), throttle.addressOf(request));
    if (attempt.waitFor().isPresent()) {
      verdict.refuse(attempt.waitFor().get());
      return CredentialValidationResult.INVALID_RESULT;
    }
    TwoStepService.Verification result = twoStep.verify(pending, credential.code());
    if (result == TwoStepService.Verification.ACCEPTED) {
      throttle.reset(attempt, Kind.CODE_ACCOUNT);
      return valid(a);
    }
    throttle.count(attempt, Kind.CODE_ACCOUNT, Kind.LOGIN_ADDRESS).ifPresent(verdict::refuse);
    steps.refuse(
        result == TwoStepService.Verification.USED
            ? TwoStepVerdict.Refusal.USED
            : TwoStepVerdict.Refusal.WRONG);
    return CredentialValidationResult.INVALID_RESULT;
  }

  private static CredentialValidationResult valid(Account a) {
    return new CredentialValidationResult(a.getEmail(), Set.of(a.getRole().name()));
  }
}
