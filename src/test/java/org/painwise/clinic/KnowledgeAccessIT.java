package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.AccessDeniedException;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Role;
import org.painwise.outcome.DuplicateKnowledgeCheckException;
import org.painwise.outcome.KnowledgeAnswer;
import org.painwise.outcome.KnowledgeDraft;
import org.painwise.outcome.KnowledgeNotFoundException;
import org.painwise.outcome.KnowledgeOffer;
import org.painwise.outcome.KnowledgeService;
import org.painwise.outcome.KnowledgeStatement;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;
import org.painwise.testsupport.TestCaller;

/**
 * Knowledge checks are the patient's, and a therapist reads them only while linked and while the
 * patient shares this kind: another patient, another therapist, a linked therapist without the
 * share (even one who has the check-ins share), and a withdrawn share all get "not found". The
 * export holds the attempts and deleting the account removes them.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class KnowledgeAccessIT {

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject KnowledgeService knowledge;
  @Inject ClientOutcomes outcomes;
  @Inject PersonalDataExport export;

  @PersistenceContext EntityManager em;

  Account sharedWith;
  Account checkinsOnly;
  Account otherTherapist;
  Account client;
  Account stranger;

  /** As the system: the client is linked to two therapists; one sees the knowledge check. */
  @BeforeEach
  void people() throws Exception {
    TestCaller.clear();
    sharedWith = account("t", Role.THERAPIST);
    checkinsOnly = account("l", Role.THERAPIST);
    otherTherapist = account("o", Role.THERAPIST);
    client = account("c", Role.PATIENT);
    stranger = account("s", Role.PATIENT);
    care.redeem(client.getId(), care.invite(sharedWith.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(checkinsOnly.getId(), 14).getCode());
    shares.share(client.getId(), sharedWith.getId(), ShareKind.KNOWLEDGE);
    shares.share(client.getId(), checkinsOnly.getId(), ShareKind.CHECKINS);
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void onlyTheTherapistSharedWithReadsTheGainAndEveryoneElseFindsNothing() throws Exception {
    TestCaller.as(client);
    assertEquals(KnowledgeOffer.BEFORE, knowledge.offer(client.getId()));
    knowledge.take(client.getId(), KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE));
    assertEquals(KnowledgeOffer.NONE, knowledge.offer(client.getId()));
    knowledge.take(client.getId(), rightAnswers());
    assertEquals(2, knowledge.mine(client.getId()).getChecks().size());
    assertEquals(100, knowledge.mine(client.getId()).getGain());

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> knowledge.mine(client.getId()));
    assertThrows(
        KnowledgeNotFoundException.class, () -> knowledge.of(stranger.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class,
        () -> knowledge.take(client.getId(), KnowledgeDraft.all(KnowledgeAnswer.TRUE)));

    TestCaller.as(otherTherapist);
    assertThrows(
        KnowledgeNotFoundException.class,
        () -> knowledge.of(otherTherapist.getId(), client.getId()));
    assertThrows(
        NotYourClientException.class,
        () -> outcomes.knowledge(otherTherapist.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class, () -> outcomes.knowledge(sharedWith.getId(), client.getId()));

    TestCaller.as(checkinsOnly);
    assertThrows(
        KnowledgeNotFoundException.class, () -> knowledge.of(checkinsOnly.getId(), client.getId()));
    assertTrue(outcomes.knowledge(checkinsOnly.getId(), client.getId()).isEmpty());

    TestCaller.as(sharedWith);
    assertEquals(100, knowledge.of(sharedWith.getId(), client.getId()).getGain());
    assertEquals(
        2, outcomes.knowledge(sharedWith.getId(), client.getId()).orElseThrow().getChecks().size());
    assertThrows(
        AccessDeniedException.class,
        () -> shares.share(client.getId(), sharedWith.getId(), ShareKind.KNOWLEDGE));

    // Withdrawn: hidden at once; the check-ins share of the other therapist is untouched.
    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.KNOWLEDGE);
    TestCaller.as(sharedWith);
    assertThrows(
        KnowledgeNotFoundException.class, () -> knowledge.of(sharedWith.getId(), client.getId()));
    assertTrue(outcomes.knowledge(sharedWith.getId(), client.getId()).isEmpty());
    TestCaller.as(checkinsOnly);
    assertTrue(outcomes.checkins(checkinsOnly.getId(), client.getId()).isPresent());
  }

  @Test
  void aMissingAnswerIsRefusedAndADoubleSubmitSavesOnce() throws Exception {
    TestCaller.as(client);
    KnowledgeDraft missing = KnowledgeDraft.all(KnowledgeAnswer.TRUE);
    missing.getAnswers().remove(KnowledgeStatement.K05.name());
    assertThrows(ConstraintViolationException.class, () -> knowledge.take(client.getId(), missing));
    KnowledgeDraft once = KnowledgeDraft.all(KnowledgeAnswer.FALSE);
    knowledge.take(client.getId(), once);
    assertThrows(
        DuplicateKnowledgeCheckException.class, () -> knowledge.take(client.getId(), once));
    assertEquals(1, knowledge.mine(client.getId()).getChecks().size());
  }

  @Test
  void attemptsAreExportedAndDeletedWithTheAccount() throws Exception {
    TestCaller.as(client);
    knowledge.take(client.getId(), KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE));
    JsonObject json = export.export(client.getId());
    assertEquals(1, json.getJsonArray("knowledgeChecks").size());
    JsonObject first = json.getJsonArray("knowledgeChecks").getJsonObject(0);
    assertEquals(0, first.getInt("correct"));
    assertEquals(KnowledgeStatement.values().length, first.getInt("total"));
    assertEquals("NOT_SURE", first.getJsonObject("answers").getString("K01"));

    accounts.delete(client.getId());
    TestCaller.clear();
    assertEquals(
        0L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM knowledge_check WHERE account_id = " + client.getId())
                    .getSingleResult())
            .longValue());
  }

  private static KnowledgeDraft rightAnswers() {
    KnowledgeDraft d = new KnowledgeDraft();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      d.answer(s, s.answer());
    }
    return d;
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Knowledge",
        "a-good-password",
        role);
  }
}
