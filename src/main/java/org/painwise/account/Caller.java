package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is asking, for {@link GuardInterceptor}: the signed-in account of this request and its role.
 * In-container tests replace it with an alternative that sets the caller directly.
 */
@ApplicationScoped
public class Caller {

  /** A caller: an account id and its role. */
  public record Identity(long id, Role role) {}

  @Inject private SignedInUser user;

  /** Whether the call runs as the system ({@link SystemIdentity}), which every guard lets by. */
  public boolean isSystem() {
    return SystemIdentity.active();
  }

  /** The signed-in caller, or empty when nobody is. */
  public Optional<Identity> current() {
    return user.id().map(id -> new Identity(id, user.getRole()));
  }
}
