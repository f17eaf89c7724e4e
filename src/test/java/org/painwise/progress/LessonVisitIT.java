package org.painwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.StatementCounter;
import org.painwise.testsupport.TestCaller;

/**
 * A lesson page view is not something a person asked to save, so it stays off the commit path: it
 * sends no statement to the database. The visit counts at once on this server ("continue where you
 * left off"), and reaches the database with the learner's next write or the next run of the writer.
 *
 * <p>It has an Arquillian deployment of its own, not the shared in-container one ({@link
 * org.painwise.testsupport.InContainer}): Hibernate's statistics count the statements of a whole
 * deployment, and other tests use the shared one at the same time.
 */
@ExtendWith(ArquillianExtension.class)
class LessonVisitIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(LessonVisitIT.class);
  }

  @Inject AccountService accounts;
  @Inject LessonService lessons;
  @Inject ProgressService progress;
  @Inject VisitWriter writer;
  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory emf;

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void aPageViewWritesNothingAndItsVisitIsWrittenLater() throws Exception {
    Account patient =
        accounts.register(
            "visit-" + UUID.randomUUID() + "@example.org",
            "Vi Sit",
            "a-good-password",
            Role.PATIENT);
    List<LessonPage> pages =
        lessons.pages(lessons.module("pain-alarm-system").orElseThrow().getId());
    LessonPage first = pages.get(0);
    LessonPage second = pages.get(1);
    StatementCounter statements = StatementCounter.of(emf);
    statements.enable(true);

    TestCaller.as(patient);
    statements.clear();
    progress.recordVisit(patient.getId(), first);
    assertEquals(0, statements.prepared(), "a page view sends no statement");
    assertEquals(
        first.getId(),
        progress.lastPage(patient.getId()).orElseThrow().getId(),
        "the visit counts at once on this server");

    TestCaller.clear();
    writer.write();
    assertEquals(first.getId(), em.find(LessonVisit.class, patient.getId()).getPageId());

    TestCaller.as(patient);
    progress.recordVisit(patient.getId(), second);
    progress.markRead(patient.getId(), second);
    em.clear();
    assertEquals(
        second.getId(),
        em.find(LessonVisit.class, patient.getId()).getPageId(),
        "written with the learner's next write");
  }
}
