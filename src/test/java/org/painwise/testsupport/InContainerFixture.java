package org.painwise.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.painwise.account.AccountService;

/**
 * Not a test of its own (no {@code @Test}, not named *IT): {@link InContainerIT} runs its methods
 * in the server through {@link InContainerRunner}, to show what the runner does.
 */
public class InContainerFixture {

  /** What the last run saw, per thread of the server, read by {@link #afterRanOnTheSameThread}. */
  static final ThreadLocal<String> STEPS = ThreadLocal.withInitial(() -> "");

  @Inject AccountService accounts;
  @PersistenceContext EntityManager em;
  @DeploymentUrl URL base;

  @BeforeEach
  void before() {
    STEPS.set("before");
  }

  /** Passes only in the server: injection done, the deployment's URL set, the before method run. */
  void injectedInTheServer() {
    assertNotNull(accounts, "CDI injection");
    assertNotNull(em, "@PersistenceContext");
    assertNotNull(System.getProperty("jboss.home.dir"), "running inside WildFly");
    assertEquals("/painwise-itc/", base.getPath());
    assertEquals("before", STEPS.get());
    STEPS.set("before,test");
  }

  /** Fails with a message the client must see. */
  void failsWithAMessage() {
    assertEquals("expected", "actual", "the message from the server");
  }

  /** Fails with an exception that cannot be serialised. */
  void failsWithSomethingUnserialisable() {
    throw new Unserialisable();
  }

  /** Fails with a cause whose class only the server has (Hibernate's). */
  void failsWithACauseOnlyTheServerHas() throws ReflectiveOperationException {
    Throwable cause =
        (Throwable)
            Class.forName("org.hibernate.HibernateException")
                .getConstructor(String.class)
                .newInstance("only the server has this class");
    throw new IllegalStateException("wrapped", cause);
  }

  @AfterEach
  void after() {
    String steps = STEPS.get();
    STEPS.remove();
    if (!steps.startsWith("before")) {
      throw new IllegalStateException("after ran without before on this thread");
    }
  }

  static final class Unserialisable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Object notSerialisable = new Object();

    Unserialisable() {
      super("a failure whose field cannot be serialised");
    }
  }
}
