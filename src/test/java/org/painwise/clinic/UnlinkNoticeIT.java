package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.lesson.LessonService;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestCaller;

/**
 * When a client ends the link with a therapist, the therapist is told (a notice on their overview
 * page), and the client's news about what that therapist suggested goes away; news from another
 * therapist stays. The notice goes with the client's account if it is deleted.
 */
@ExtendWith(ArquillianExtension.class)
class UnlinkNoticeIT {

  private static final String PASSWORD = "a-good-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(UnlinkNoticeIT.class);
  }

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject AssignmentService assignments;
  @Inject NoticeService notices;
  @Inject LessonService lessons;
  @ArquillianResource URL base;

  @AfterEach
  void actAsTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void theTherapistIsToldAndTheClientsNewsFromThemGoes() throws Exception {
    Account left = account("left", "Lee Left", Role.THERAPIST);
    Account kept = account("kept", "Kim Kept", Role.THERAPIST);
    Account client = account("client", "Una Client", Role.PATIENT);
    care.redeem(client.getId(), care.invite(left.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(kept.getId(), 14).getCode());
    assign(left, client, "pain-alarm-system");
    assign(kept, client, "brain-builds-pain");
    assertEquals(
        List.of(Notice.Kind.ASSIGNED, Notice.Kind.ASSIGNED), kinds(notices.unread(client.getId())));
    assertEquals(List.of(), notices.unread(left.getId()));

    TestCaller.as(client);
    care.unlink(client.getId(), left.getId());
    care.unlink(client.getId(), left.getId()); // no link left: nothing more happens
    TestCaller.clear();

    List<Notice> told = notices.unread(left.getId());
    assertEquals(List.of(Notice.Kind.UNLINKED), kinds(told), "told once");
    assertEquals("Una Client", told.get(0).getText());
    assertEquals(List.of(), notices.unread(kept.getId()), "the other therapist is not told");
    List<Notice> news = notices.unread(client.getId());
    assertEquals(1, news.size(), "only the other therapist's suggestion is left");
    assertEquals(
        lessons.module("brain-builds-pain").orElseThrow().getTitle(), news.get(0).getText());

    // The therapist reads it on their overview page.
    FacesClient asLeft = new FacesClient(base);
    assertEquals(302, asLeft.login(left.getEmail(), PASSWORD).status());
    FacesClient.Page overview = asLeft.get("/therapist/index");
    assertEquals(200, overview.status());
    assertTrue(overview.body().contains("id=\"notices-heading\""), overview.body());
    assertTrue(
        overview.body().contains(Bundle.formatted("notice.UNLINKED", "Una Client")),
        overview.body());
  }

  @Test
  void theNoticeGoesWithTheClientsAccount() throws Exception {
    Account therapist = account("gone-t", "Gil Therapist", Role.THERAPIST);
    Account client = account("gone-c", "Gus Gone", Role.PATIENT);
    care.redeem(client.getId(), care.invite(therapist.getId(), 14).getCode());
    TestCaller.as(client);
    care.unlink(client.getId(), therapist.getId());
    TestCaller.clear();
    assertEquals(1, notices.unread(therapist.getId()).size());

    accounts.delete(client.getId());

    assertEquals(List.of(), notices.unread(therapist.getId()), "no name of a deleted person stays");
    assertFalse(accounts.find(client.getId()).isPresent());
  }

  private void assign(Account therapist, Account client, String module) throws Exception {
    assignments.assign(
        therapist.getId(),
        List.of(client.getId()),
        List.of(lessons.module(module).orElseThrow().getId()),
        new AssignmentDraft(LocalDate.now().plusDays(7), ""));
  }

  private static List<Notice.Kind> kinds(List<Notice> notices) {
    return notices.stream().map(Notice::getKind).toList();
  }

  private Account account(String prefix, String name, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(email, name, PASSWORD, role);
  }
}
