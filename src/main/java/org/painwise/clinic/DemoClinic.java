package org.painwise.clinic;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.DemoAccounts;
import org.painwise.account.Role;
import org.painwise.account.SystemIdentity;
import org.painwise.config.StartupOrder;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.progress.ProgressService;
import org.painwise.quiz.PracticeAttempts;

/**
 * A few demo clients of the demo therapist, with reading progress, quiz attempts and assignments,
 * so that the clinic side of the demo is not empty. Made only in the demo run ({@code
 * painwise.demo}), after the demo accounts, through the services as the system, as a person would
 * make them: a client signs up, redeems an invitation, reads, takes quizzes; the therapist assigns.
 * A client whose account exists is left alone, so a restart changes nothing; each client is made in
 * one transaction, so a start that fails half-way leaves no half-made client.
 */
@ApplicationScoped
public class DemoClinic {

  private static final Logger LOG = Logger.getLogger(DemoClinic.class.getName());

  /**
   * One demo client: how many pages of each of the first modules they read (all of them when {@code
   * pagesRead} says {@link Integer#MAX_VALUE}), the right answers of each quiz attempt per module,
   * and the modules (by place in the catalogue) their therapist assigned, due in {@code dueInDays}.
   */
  record Client(
      String email,
      String name,
      List<Integer> pagesRead,
      List<List<Integer>> attempts,
      List<Integer> assigned,
      int dueInDays,
      String note) {}

  private static final int ALL = Integer.MAX_VALUE;

  /** The demo clients (the README lists them). */
  static final List<Client> CLIENTS =
      List.of(
          new Client(
              "maya@painwise.test",
              "Maya Demo",
              List.of(ALL, 2),
              List.of(List.of(6, 0)),
              List.of(1),
              10,
              "Lovely work on module 1. This one explains why the pain can feel so loud."),
          new Client(
              "leo@painwise.test",
              "Leo Demo",
              List.of(3),
              List.of(),
              List.of(0),
              4,
              "Start here, at your own pace. Ten minutes a day is plenty."),
          new Client(
              "ines@painwise.test",
              "Ines Demo",
              List.of(ALL, ALL, 1),
              List.of(List.of(2), List.of(7, 1)),
              List.of(1, 2),
              14,
              "We will talk about flare-ups next session."),
          new Client(
              "sam@painwise.test",
              "Sam Demo",
              List.of(),
              List.of(),
              List.of(0),
              7,
              "Welcome! Have a look at the first module before we meet."));

  @Inject private AccountService accounts;
  @Inject private CareService care;
  @Inject private AssignmentService assignments;
  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private PracticeAttempts practice;
  @Inject private UserTransaction tx;

  void create(@Observes @Priority(StartupOrder.DEMO_DATA + 10) Startup startup) {
    if (Boolean.getBoolean("painwise.demo")) {
      SystemIdentity.run("demo clinic", this::ensure);
    }
  }

  /**
   * Makes the demo clients that do not exist yet, with their progress and assignments. Does nothing
   * without the demo therapist or the lessons and quizzes. Only the system calls it.
   */
  public void ensure() {
    if (!SystemIdentity.active()) {
      throw new IllegalStateException("the demo clinic is made by the system only");
    }
    Optional<Account> therapist = accounts.findByEmail(DemoAccounts.THERAPIST_EMAIL);
    List<Module> modules = lessons.modules();
    if (therapist.isEmpty() || modules.size() < 3) {
      LOG.info("Demo clinic skipped: no demo therapist or too few modules");
      return;
    }
    for (Client client : CLIENTS) {
      if (accounts.findByEmail(client.email()).isEmpty()) {
        make(therapist.get(), client, modules);
      }
    }
  }

  private void make(Account therapist, Client client, List<Module> modules) {
    try {
      tx.begin();
      Account patient =
          accounts.register(client.email(), client.name(), DemoAccounts.PASSWORD, Role.PATIENT);
      care.redeem(patient.getId(), care.invite(therapist.getId(), 14).getCode());
      assignments.assign(
          therapist.getId(),
          List.of(patient.getId()),
          client.assigned().stream().map(i -> modules.get(i).getId()).toList(),
          new AssignmentDraft(LocalDate.now().plusDays(client.dueInDays()), client.note()));
      for (int m = 0; m < client.pagesRead().size(); m++) {
        List<LessonPage> pages = lessons.pages(modules.get(m).getId());
        int read = Math.min(client.pagesRead().get(m), pages.size());
        for (LessonPage page : pages.subList(0, read)) {
          progress.markRead(patient.getId(), page);
        }
        if (read > 0) {
          progress.recordVisit(patient.getId(), pages.get(read - 1));
        }
      }
      for (int m = 0; m < client.attempts().size(); m++) {
        for (int wrong : client.attempts().get(m)) {
          practice.take(patient.getId(), modules.get(m).getSlug(), wrong);
        }
      }
      tx.commit();
      LOG.info(() -> "Demo client created: " + client.email());
    } catch (Exception e) {
      rollback();
      // Another node made it at the same moment, or the quizzes are not there: the app starts.
      LOG.log(Level.WARNING, "Demo client " + client.email() + " not created", e);
    }
  }

  private void rollback() {
    try {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Demo client transaction not rolled back", e);
    }
  }
}
