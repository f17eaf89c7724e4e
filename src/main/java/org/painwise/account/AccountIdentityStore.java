package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Jakarta Security identity store over the account table. The caller name is the email. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .authenticate(credential.getCaller(), credential.getPasswordAsString())
        .map(a -> new CredentialValidationResult(a.getEmail(), Set.of(a.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
