package org.painwise.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.painwise.account.Account;
import org.painwise.account.Caller;
import org.painwise.account.Role;

/**
 * The caller of in-container tests, which run inside a request that nobody signed in to. A test
 * that sets no caller acts as the system, as the start-up code does, so fixtures and the tests of a
 * service's own rules call services directly; an access test names the caller with {@link #as} and
 * then meets the guards as that person would.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCaller extends Caller {

  private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> NOBODY = new ThreadLocal<>();

  /** Calls from this thread come from {@code account} until {@link #clear()}. */
  public static void as(Account account) {
    as(account.getId(), account.getRole());
  }

  public static void as(long id, Role role) {
    NOBODY.remove();
    CURRENT.set(new Identity(id, role));
  }

  /** Calls from this thread come from nobody signed in, until {@link #clear()}. */
  public static void nobody() {
    CURRENT.remove();
    NOBODY.set(true);
  }

  /** Back to acting as the system. */
  public static void clear() {
    CURRENT.remove();
    NOBODY.remove();
  }

  @Override
  public boolean isSystem() {
    return super.isSystem() || (CURRENT.get() == null && NOBODY.get() == null);
  }

  @Override
  public Optional<Identity> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
