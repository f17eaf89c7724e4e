package org.painwise.outcome.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;
import org.painwise.testsupport.fixture.Fixtures;

/**
 * The FHIR downloads are complete however much there is: a client with 1,300 check-ins (more than
 * the 1,200 the therapist's download used to stop at) and 250 knowledge checks (more than one page
 * of each), inserted in bulk in the container, is downloaded whole by the therapist the client
 * shares both with, oldest first, and what arrives validates against the FHIR R4 schema and parses
 * with HAPI; the patient's own download and the data export's {@code fhir} part hold the same
 * resources.
 */
class FhirDownloadScaleIT {

  private static final int CHECKINS = 1300;
  private static final int KNOWLEDGE = 250;

  /** One check-in in ten has a red flag (the fixture's rule): a fourth response. */
  private static final int ENTRIES = 4 + 3 * CHECKINS + CHECKINS / 10 + 1 + KNOWLEDGE;

  @BeforeAll
  static void schema() throws Exception {
    FhirSchemaTest.load();
  }

  @Test
  void everyCheckinAndKnowledgeCheckIsDownloadedAndTheBundleIsValid() {
    Fixtures fixtures = new Fixtures();
    Fixtures.Person client = fixtures.patient("Many Checkins");
    Fixtures.Person therapist = fixtures.therapist("Scale Therapist");
    fixtures.link(client, therapist);
    fixtures.share(client, therapist, "CHECKINS");
    fixtures.share(client, therapist, "KNOWLEDGE");
    long[] checkins = fixtures.checkins(client, CHECKINS);
    long[] knowledge = fixtures.knowledgeChecks(client, KNOWLEDGE);
    assertEquals(CHECKINS, checkins[2]);
    assertEquals(KNOWLEDGE, knowledge[2]);

    FacesClient asTherapist = signedIn(therapist);
    FacesClient.Page page =
        asTherapist.get("/therapist/client-checkins.fhir.json?id=" + client.id());
    assertEquals(200, page.status());
    JsonObject bundle = json(page.body());
    assertEquals(ENTRIES, bundle.getJsonArray("entry").size());

    // Every check-in and every knowledge check, by identifier, the first and last included.
    Set<String> checkinIds = identifiers(bundle, CheckinFhir.CHECKIN_SYSTEM);
    assertEquals(CHECKINS, checkinIds.size());
    assertTrue(checkinIds.contains(String.valueOf(checkins[0])), "the lowest id");
    assertTrue(checkinIds.contains(String.valueOf(checkins[1])), "the highest id");
    Set<String> knowledgeIds = identifiers(bundle, KnowledgeForm.SYSTEM);
    assertEquals(KNOWLEDGE, knowledgeIds.size());
    assertTrue(knowledgeIds.contains(String.valueOf(knowledge[1])), "the highest id");

    // Oldest first across the pages.
    List<Instant> authored = authored(bundle, CheckinFhir.CHECKIN_SYSTEM);
    List<Instant> sorted = new ArrayList<>(authored);
    sorted.sort(null);
    assertEquals(sorted, authored, "check-ins oldest first");

    // Valid FHIR R4: the schema, and HAPI's strict parser reads every entry.
    assertEquals(List.of(), FhirSchemaTest.schema.validate(page.body(), InputFormat.JSON));
    Bundle parsed = FhirSchemaTest.fhir.newJsonParser().parseResource(Bundle.class, page.body());
    assertEquals(ENTRIES, parsed.getEntry().size());

    // The patient's own download and their data export hold the same resources.
    FacesClient asClient = signedIn(client);
    JsonObject mine = json(asClient.get("/patient/checkins.fhir.json").body());
    assertEquals(bundle.getJsonArray("entry"), mine.getJsonArray("entry"));
    JsonObject export = json(asClient.get("/patient/export.json").body()).getJsonObject("fhir");
    assertEquals(bundle.getJsonArray("entry"), export.getJsonArray("entry"));
  }

  private static Set<String> identifiers(JsonObject bundle, String system) {
    Set<String> ids = new HashSet<>();
    bundle.getJsonArray("entry").stream()
        .map(e -> e.asJsonObject().getJsonObject("resource"))
        .filter(r -> r.containsKey("identifier"))
        .map(r -> r.getJsonObject("identifier"))
        .filter(i -> system.equals(i.getString("system")))
        .forEach(i -> ids.add(i.getString("value")));
    return ids;
  }

  private static List<Instant> authored(JsonObject bundle, String system) {
    return bundle.getJsonArray("entry").stream()
        .map(e -> e.asJsonObject().getJsonObject("resource"))
        .filter(r -> r.containsKey("identifier"))
        .filter(r -> system.equals(r.getJsonObject("identifier").getString("system")))
        .map(r -> Instant.parse(r.getString("authored")))
        .toList();
  }

  private static FacesClient signedIn(Fixtures.Person person) {
    FacesClient c = new FacesClient(TestServer.url());
    assertEquals(302, c.login(person.email(), Fixtures.PASSWORD).status());
    return c;
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
