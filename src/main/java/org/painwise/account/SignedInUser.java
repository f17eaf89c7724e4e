package org.painwise.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.painwise.config.Languages;

/**
 * The signed-in user of this session: id, name, role and language, loaded once from the caller
 * principal. The only session-scoped state in the app. Views reach it through {@link SignedInView},
 * which leaves anonymous requests without a session; a role change signs the session out ({@link
 * SessionRevocationFilter}), so the role kept here is never stale.
 */
@SessionScoped
public class SignedInUser implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  // Looked up, not injected: a session can move to another node of a cluster (README "Cluster"),
  // and Weld does not inject a transient field again when it reads the session there.
  private transient SecurityContext security;
  private transient AccountService accounts;

  private String email;
  private Long id;
  private String displayName;
  private Role role;
  private String language;
  private String signOutToken;

  public boolean isSignedIn() {
    return current().isPresent();
  }

  /** The account id, or empty when nobody is signed in. */
  public Optional<Long> id() {
    return current().map(x -> id);
  }

  /** The account id of a signed-in user; pages under role folders always have one. */
  public long requireId() {
    return id().orElseThrow(() -> new IllegalStateException("No signed-in user"));
  }

  public String getDisplayName() {
    return current().map(x -> displayName).orElse("");
  }

  public Role getRole() {
    return current().map(x -> role).orElse(null);
  }

  public boolean hasRole(String name) {
    return current().map(x -> role.name().equals(name)).orElse(false);
  }

  /** The language the signed-in person chose, if any. */
  public Optional<Locale> language() {
    return current().flatMap(x -> Languages.of(language));
  }

  public String getHomePath() {
    return current().map(x -> role.homePath()).orElse("/");
  }

  /**
   * A random token of this session that the layout's sign-out form carries: the sign-out servlet
   * signs out only a post that has it, so another site cannot sign the user out.
   */
  public synchronized String getSignOutToken() {
    if (signOutToken == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      signOutToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    return signOutToken;
  }

  /** Whether {@code token} is this session's sign-out token. */
  public synchronized boolean isSignOutToken(String token) {
    return token != null
        && signOutToken != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), signOutToken.getBytes(StandardCharsets.UTF_8));
  }

  /** Reloads name, role and language after they change. */
  public void refresh() {
    email = null;
  }

  private Optional<SignedInUser> current() {
    if (security == null) {
      security = CDI.current().select(SecurityContext.class).get();
    }
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      email = null;
      return Optional.empty();
    }
    if (!principal.getName().equals(email)) {
      if (accounts == null) {
        accounts = CDI.current().select(AccountService.class).get();
      }
      Optional<Account> account = accounts.findByEmail(principal.getName());
      if (account.isEmpty()) {
        return Optional.empty();
      }
      email = account.get().getEmail();
      id = account.get().getId();
      displayName = account.get().getDisplayName();
      role = account.get().getRole();
      language = account.get().getLanguage();
    }
    return Optional.of(this);
  }
}
