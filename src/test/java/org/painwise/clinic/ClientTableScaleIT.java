package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.SqlNumbers;
import org.painwise.testsupport.StatementCounter;

/**
 * A therapist with 1,000 clients: the client table's first page and a sorted page are served with a
 * fixed number of SQL statements (one for the rows, one for the count), counted with Hibernate
 * statistics.
 *
 * <p>It has an Arquillian deployment of its own, not the shared in-container one ({@link
 * org.painwise.testsupport.InContainer}): Hibernate's statistics count the statements of a whole
 * deployment, and other tests use the shared one at the same time.
 */
@AlsoOnPostgreSQL
@ExtendWith(ArquillianExtension.class)
class ClientTableScaleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(ClientTableScaleIT.class);
  }

  private static final Logger LOG = Logger.getLogger(ClientTableScaleIT.class.getName());
  private static final int CLIENTS = 1_000;

  @Inject AccountService accounts;
  @Inject ClientDirectory directory;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory emf;

  Account therapist;

  /** 1,000 linked clients with activity and assignments, inserted in bulk with SQL. */
  @BeforeEach
  void thousandClients() throws Exception {
    therapist =
        accounts.register(
            "t-" + UUID.randomUUID() + "@example.org",
            "Scale Therapist",
            "a-good-password",
            Role.THERAPIST);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long moduleId =
        em.createQuery("select m.id from Module m order by m.position", Long.class)
            .setMaxResults(1)
            .getSingleResult();
    tx.begin();
    long base =
        ((Number)
                em.createNativeQuery("SELECT COALESCE(MAX(id), 0) + 1000000 FROM account")
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO account (id, email, display_name, password_hash, role,"
                + " created_at, version) SELECT :base + x, 'c' || x || '-"
                + tag
                + "@example.org',"
                + " 'Client ' || x, 'none', 'PATIENT', CURRENT_TIMESTAMP, 0"
                + " FROM "
                + SqlNumbers.upTo(CLIENTS))
        .setParameter("base", base)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO care_link (id, therapist_id, patient_id, linked_at)"
                + " SELECT :base + x, :t, :base + x, CURRENT_TIMESTAMP FROM "
                + SqlNumbers.upTo(CLIENTS))
        .setParameter("base", base)
        .setParameter("t", therapist.getId())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO learner_activity (account_id, last_activity_at,"
                + " latest_score, seconds_spent) SELECT :base + x,"
                + " CURRENT_TIMESTAMP - x * INTERVAL '1' MINUTE, MOD(x * 37, 101), x"
                + " FROM "
                + SqlNumbers.upTo(CLIENTS))
        .setParameter("base", base)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO assignment (id, therapist_id, patient_id, module_id, due_on,"
                + " note, created_at, version) SELECT :base + x, :t, :base + x, :m,"
                + " CURRENT_DATE + (MOD(x, 30) - 15), '', CURRENT_TIMESTAMP, 0"
                + " FROM "
                + SqlNumbers.upTo(CLIENTS))
        .setParameter("base", base)
        .setParameter("t", therapist.getId())
        .setParameter("m", moduleId)
        .executeUpdate();
    // Their reminders count as sent: the suite shares one database, and ReminderIT's runs must
    // not mail these thousand made-up clients.
    for (Notice.Kind kind : Notice.Kind.values()) {
      em.createNativeQuery(
              "INSERT INTO reminder_sent (assignment_id, kind, sent_at)"
                  + " SELECT :base + x, :kind, CURRENT_TIMESTAMP FROM "
                  + SqlNumbers.upTo(CLIENTS))
          .setParameter("base", base)
          .setParameter("kind", kind.name())
          .executeUpdate();
    }
    tx.commit();
  }

  @Test
  void theFirstPageAndASortedPageTakeTwoStatementsEach() {
    StatementCounter stats = StatementCounter.of(emf);
    stats.enable(true);

    long firstPage =
        measure(
            stats,
            2,
            () -> {
              List<ClientRow> rows =
                  directory.page(therapist.getId(), "", null, true, 0, 25, LocalDate.now());
              assertEquals(25, rows.size());
              assertEquals(CLIENTS, directory.count(therapist.getId(), ""));
            });
    long sorted =
        measure(
            stats,
            2,
            () -> {
              List<ClientRow> rows =
                  directory.page(
                      therapist.getId(), "", "lastActivity", false, 0, 25, LocalDate.now());
              assertEquals(25, rows.size());
              assertTrue(
                  rows.get(0).lastActivity().isAfter(rows.get(24).lastActivity()),
                  "sorted newest first");
              assertTrue(rows.stream().allMatch(r -> r.assigned() == 1));
              assertEquals(CLIENTS, directory.count(therapist.getId(), ""));
            });
    long lastPage =
        measure(
            stats,
            1,
            () -> {
              List<ClientRow> rows =
                  directory.page(therapist.getId(), "", "overdue", true, 975, 25, LocalDate.now());
              assertEquals(25, rows.size());
            });
    // The check-in columns (latest pain, its change, unseen red flags) sort in the same statement.
    for (String column : List.of("latestPain", "painChange", "redFlags")) {
      measure(
          stats,
          1,
          () ->
              assertEquals(
                  25,
                  directory
                      .page(therapist.getId(), "", column, false, 0, 25, LocalDate.now())
                      .size()));
    }

    LOG.info(
        () ->
            "Client table, "
                + CLIENTS
                + " clients: first page "
                + firstPage
                + " µs, sorted page "
                + sorted
                + " µs, last page "
                + lastPage
                + " µs");
    stats.enable(false);
  }

  /** Runs the block, checks how many statements it prepared, and returns its time in µs. */
  private static long measure(StatementCounter stats, int expected, Runnable block) {
    block.run(); // warm-up
    stats.clear();
    long start = System.nanoTime();
    block.run();
    long micros = (System.nanoTime() - start) / 1000;
    long statements = stats.prepared();
    assertEquals(expected, statements, "statements prepared, whatever the number of clients");
    return micros;
  }
}
