package org.painwise.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.logging.Logger;
import org.painwise.config.StartupOrder;

/**
 * One demo account per role, made only when the system property {@code painwise.demo} is {@code
 * true} (the README's run command sets it; docker/ does not). Safe to run on every start. Demo
 * accounts are shared by everyone who tries the app, so they sign in without two-step sign-in
 * ({@link TwoStepService#exempt}), the demo admin included.
 */
@ApplicationScoped
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  /** The demo password of every demo account; the README lists it. */
  public static final String PASSWORD = "painwise-demo";

  /** The demo therapist, whose demo clients the clinic adds (clinic.DemoClinic). */
  public static final String THERAPIST_EMAIL = "therapist@painwise.test";

  @Inject private AccountService accounts;
  @Inject private TwoStepService twoStep;

  void create(@Observes @Priority(StartupOrder.DEMO_DATA) Startup startup) {
    if (!Boolean.getBoolean("painwise.demo")) {
      return;
    }
    SystemIdentity.run(
        "demo accounts",
        () -> {
          ensure("patient@painwise.test", "Pat Demo", Role.PATIENT);
          ensure(THERAPIST_EMAIL, "Theo Demo", Role.THERAPIST);
          ensure("educator@painwise.test", "Eda Demo", Role.EDUCATOR);
          ensure("admin@painwise.test", "Ada Demo", Role.ADMIN);
        });
  }

  private void ensure(String email, String name, Role role) {
    if (accounts.findByEmail(email).isEmpty()) {
      try {
        accounts.register(email, name, PASSWORD, role);
        LOG.info(() -> "Demo account created: " + email);
      } catch (EmailAlreadyUsedException raceWithAnotherNode) {
        LOG.fine(() -> "Demo account already there: " + email);
      }
    }
    try {
      accounts.findByEmail(email).ifPresent(account -> twoStep.exempt(account.getId()));
    } catch (PersistenceException | TransactionalException raceWithAnotherNode) {
      LOG.info(() -> "Demo account exempted by another node: " + email);
    }
  }
}
