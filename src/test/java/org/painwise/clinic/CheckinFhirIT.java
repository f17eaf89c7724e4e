package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.AccessDeniedException;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.outcome.CheckinDraft;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.CheckinsNotFoundException;
import org.painwise.outcome.KnowledgeAnswer;
import org.painwise.outcome.KnowledgeDraft;
import org.painwise.outcome.KnowledgeService;
import org.painwise.outcome.RedFlag;
import org.painwise.outcome.fhir.CheckinFhirExport;
import org.painwise.outcome.fhir.KnowledgeForm;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestCaller;

/**
 * The FHIR download of check-ins and knowledge checks: a patient gets their own (the download and
 * the "fhir" part of their data export); a therapist gets a client's check-ins only while the
 * client shares check-ins with them, and knowledge checks only while the client shares those: a
 * therapist with one share gets only that kind. A linked therapist without a share, another
 * therapist, a withdrawn share, another patient and an unknown or malformed id all answer "not
 * found", in the service and over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class CheckinFhirIT {

  private static final String PASSWORD = "a-good-password";
  private static final String MINE = "/patient/checkins.fhir.json";
  private static final String CLIENT = "/therapist/client-checkins.fhir.json?id=";

  /** 4 Questionnaires, 3 responses for a plain check-in, 4 for one with a red flag. */
  private static final int CHECKIN_ENTRIES = 4 + 3 + 4;

  /** The knowledge check's Questionnaire and the one attempt's response. */
  private static final int KNOWLEDGE_ENTRIES = 1 + 1;

  /** Everything: what the patient downloads. */
  private static final int ENTRIES = CHECKIN_ENTRIES + KNOWLEDGE_ENTRIES;

  /** The Questionnaires alone: what a patient with no check-in and no knowledge check gets. */
  private static final int FORMS = 4 + 1;

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(CheckinFhirIT.class);
  }

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject CheckinService checkins;
  @Inject KnowledgeService knowledge;
  @Inject CheckinFhirExport fhir;
  @ArquillianResource URL base;

  Account sharedWith;
  Account linkedOnly;
  Account knowledgeOnly;
  Account otherTherapist;
  Account client;
  Account stranger;

  /**
   * The client is linked to three therapists, shares check-ins with one and the knowledge check
   * with another, checked in twice and took the knowledge check once.
   */
  @BeforeEach
  void people() throws Exception {
    TestCaller.clear();
    sharedWith = account("t", Role.THERAPIST);
    linkedOnly = account("l", Role.THERAPIST);
    knowledgeOnly = account("k", Role.THERAPIST);
    otherTherapist = account("o", Role.THERAPIST);
    client = account("c", Role.PATIENT);
    stranger = account("s", Role.PATIENT);
    care.redeem(client.getId(), care.invite(sharedWith.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(linkedOnly.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(knowledgeOnly.getId(), 14).getCode());
    shares.share(client.getId(), sharedWith.getId(), ShareKind.CHECKINS);
    shares.share(client.getId(), knowledgeOnly.getId(), ShareKind.KNOWLEDGE);
    TestCaller.as(client);
    checkins.record(client.getId(), CheckinDraft.of(6, 6, 5, 5, 4, 6, 6));
    checkins.record(client.getId(), CheckinDraft.of(8, 7, 7, 7, 8, 3, 3).flag(RedFlag.FEVER));
    knowledge.take(
        client.getId(),
        KnowledgeDraft.all(KnowledgeAnswer.TRUE).answer(kFirst(), KnowledgeAnswer.NOT_SURE));
    TestCaller.clear();
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void theServiceGivesCheckinsOnlyToThePatientAndASharingTherapist() throws Exception {
    TestCaller.as(client);
    assertEquals(ENTRIES, entries(fhir.mine(client.getId(), Locale.ENGLISH)));
    assertThrows(
        AccessDeniedException.class,
        () -> fhir.ofClient(client.getId(), client.getId(), Locale.ENGLISH));

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> fhir.mine(client.getId(), Locale.ENGLISH));
    assertEquals(FORMS, entries(fhir.mine(stranger.getId(), Locale.ENGLISH)));

    TestCaller.as(sharedWith);
    JsonObject checkinsOnly = fhir.ofClient(sharedWith.getId(), client.getId(), Locale.ENGLISH);
    assertEquals(CHECKIN_ENTRIES, entries(checkinsOnly));
    assertEquals(0, knowledgeEntries(checkinsOnly));
    TestCaller.as(knowledgeOnly);
    JsonObject knowledgeShared =
        fhir.ofClient(knowledgeOnly.getId(), client.getId(), Locale.ENGLISH);
    assertEquals(KNOWLEDGE_ENTRIES, entries(knowledgeShared));
    assertEquals(KNOWLEDGE_ENTRIES, knowledgeEntries(knowledgeShared));
    TestCaller.as(linkedOnly);
    assertThrows(
        CheckinsNotFoundException.class,
        () -> fhir.ofClient(linkedOnly.getId(), client.getId(), Locale.ENGLISH));
    TestCaller.as(otherTherapist);
    assertThrows(
        CheckinsNotFoundException.class,
        () -> fhir.ofClient(otherTherapist.getId(), client.getId(), Locale.ENGLISH));

    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.CHECKINS);
    shares.withdraw(client.getId(), knowledgeOnly.getId(), ShareKind.KNOWLEDGE);
    TestCaller.as(sharedWith);
    assertThrows(
        CheckinsNotFoundException.class,
        () -> fhir.ofClient(sharedWith.getId(), client.getId(), Locale.ENGLISH));
    TestCaller.as(knowledgeOnly);
    assertThrows(
        CheckinsNotFoundException.class,
        () -> fhir.ofClient(knowledgeOnly.getId(), client.getId(), Locale.ENGLISH));
  }

  /** The attempt is written with the answers given, against the knowledge Questionnaire. */
  @Test
  void theKnowledgeResponseCarriesTheAnswersGiven() {
    TestCaller.as(client);
    JsonObject response =
        fhir.mine(client.getId(), Locale.ENGLISH).getJsonArray("entry").stream()
            .map(e -> e.asJsonObject().getJsonObject("resource"))
            .filter(r -> KnowledgeForm.canonical().equals(r.getString("questionnaire", "")))
            .findFirst()
            .orElseThrow();
    List<String> codes =
        response.getJsonArray("item").stream()
            .map(
                i ->
                    i.asJsonObject()
                        .getJsonArray("answer")
                        .getJsonObject(0)
                        .getJsonObject("valueCoding")
                        .getString("code"))
            .toList();
    assertEquals(org.painwise.outcome.KnowledgeStatement.values().length, codes.size());
    assertEquals("not-sure", codes.get(0));
    assertEquals("true", codes.get(1));
  }

  @Test
  void aPatientDownloadsTheirOwnCheckinsAsFhirJson() {
    FacesClient asClient = signedIn(client);
    FacesClient.Page page = asClient.get(MINE);
    assertDownload(page, "painwise-checkins-fhir.json");
    JsonObject bundle = json(page.body());
    assertEquals(ENTRIES, bundle.getJsonArray("entry").size());
    assertEquals("en", language(bundle));

    JsonObject export = json(asClient.get("/patient/export.json").body());
    assertEquals("Bundle", export.getJsonObject("fhir").getString("resourceType"));
    assertEquals(ENTRIES, export.getJsonObject("fhir").getJsonArray("entry").size());

    FacesClient inFrench = new FacesClient(base, "Accept-Language", "fr-CA,fr;q=0.9");
    assertEquals(302, inFrench.login(client.getEmail(), PASSWORD).status());
    assertEquals("fr-CA", language(json(inFrench.get(MINE).body())));

    // Another patient downloads only their own: the forms, no responses.
    FacesClient.Page theirs = signedIn(stranger).get(MINE);
    assertEquals(200, theirs.status());
    assertEquals(FORMS, json(theirs.body()).getJsonArray("entry").size());
  }

  @Test
  void aTherapistDownloadsAClientsCheckinsOnlyWhileTheClientSharesThem() {
    FacesClient asShared = signedIn(sharedWith);
    FacesClient.Page page = asShared.get(CLIENT + client.getId());
    assertDownload(page, "painwise-client-" + client.getId() + "-checkins-fhir.json");
    assertEquals(CHECKIN_ENTRIES, json(page.body()).getJsonArray("entry").size());
    assertEquals(0, knowledgeEntries(json(page.body())));

    FacesClient asKnowledgeOnly = signedIn(knowledgeOnly);
    FacesClient.Page knowledgePage = asKnowledgeOnly.get(CLIENT + client.getId());
    assertDownload(knowledgePage, "painwise-client-" + client.getId() + "-checkins-fhir.json");
    assertEquals(KNOWLEDGE_ENTRIES, json(knowledgePage.body()).getJsonArray("entry").size());
    assertEquals(KNOWLEDGE_ENTRIES, knowledgeEntries(json(knowledgePage.body())));

    assertEquals(404, asShared.get(CLIENT + stranger.getId()).status());
    assertEquals(404, asShared.get(CLIENT + Long.MAX_VALUE).status());
    assertEquals(404, asShared.get(CLIENT + "abc").status());
    assertEquals(404, asShared.get("/therapist/client-checkins.fhir.json").status());
    assertEquals(404, signedIn(linkedOnly).get(CLIENT + client.getId()).status());
    assertEquals(404, signedIn(otherTherapist).get(CLIENT + client.getId()).status());
    // A patient never reaches the therapist's download, not even for their own id.
    assertTrue(signedIn(stranger).get(CLIENT + client.getId()).status() >= 400);

    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.CHECKINS);
    shares.withdraw(client.getId(), knowledgeOnly.getId(), ShareKind.KNOWLEDGE);
    TestCaller.clear();
    assertEquals(404, asShared.get(CLIENT + client.getId()).status());
    assertEquals(404, asKnowledgeOnly.get(CLIENT + client.getId()).status());
  }

  /** Entries of the knowledge check: its Questionnaire and responses that answer it. */
  private static long knowledgeEntries(JsonObject bundle) {
    return bundle.getJsonArray("entry").stream()
        .map(e -> e.asJsonObject().getJsonObject("resource"))
        .filter(
            r ->
                KnowledgeForm.url().equals(r.getString("url", ""))
                    || KnowledgeForm.canonical().equals(r.getString("questionnaire", "")))
        .count();
  }

  private static org.painwise.outcome.KnowledgeStatement kFirst() {
    return org.painwise.outcome.KnowledgeStatement.values()[0];
  }

  private static void assertDownload(FacesClient.Page page, String filename) {
    assertEquals(200, page.status(), page.body());
    assertTrue(
        page.header("Content-Type").startsWith("application/fhir+json"),
        page.header("Content-Type"));
    assertEquals("attachment; filename=\"" + filename + "\"", page.header("Content-Disposition"));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static int entries(JsonObject bundle) {
    return bundle.getJsonArray("entry").size();
  }

  /** The language of the bundle's first Questionnaire. */
  private static String language(JsonObject bundle) {
    List<JsonValue> entries = bundle.getJsonArray("entry");
    return entries.get(0).asJsonObject().getJsonObject("resource").getString("language");
  }

  private FacesClient signedIn(Account account) {
    FacesClient c = new FacesClient(base);
    assertEquals(302, c.login(account.getEmail(), PASSWORD).status());
    return c;
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Fhir",
        PASSWORD,
        role);
  }
}
