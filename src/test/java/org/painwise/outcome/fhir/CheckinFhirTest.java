package org.painwise.outcome.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.CheckinDraft;
import org.painwise.outcome.Checkins;
import org.painwise.outcome.Instrument;
import org.painwise.outcome.Measure;
import org.painwise.outcome.RedFlag;

/** The mapping of check-ins to FHIR R4 resources, field by field. */
class CheckinFhirTest {

  static final Instant AT = Instant.parse("2026-11-20T08:15:30.123456Z");

  static Checkin plain() {
    return Checkins.saved(41, AT, CheckinDraft.of(6, 5, 4, 3, 7, 2, 8));
  }

  static Checkin flaggedWithNote() {
    CheckinDraft d =
        CheckinDraft.of(9, 8, 7, 6, 9, 1, 2).flag(RedFlag.FEVER).flag(RedFlag.SELF_HARM);
    d.setNote("  Bad night; walked 10 min.  ");
    return Checkins.saved(42, AT.plusSeconds(3600), d);
  }

  @Test
  void everyFormHasAStableVersionedCanonicalAndAnId() {
    assertEquals("https://painwise.example/fhir/Questionnaire/peg", CheckinForm.PEG.url());
    assertEquals("https://painwise.example/fhir/Questionnaire/peg|1", CheckinForm.PEG.canonical());
    assertEquals("https://painwise.example/fhir/Questionnaire/nrs-pain", CheckinForm.NRS.url());
    Set<String> ids =
        java.util.Arrays.stream(CheckinForm.values())
            .map(CheckinForm::id)
            .collect(Collectors.toSet());
    assertEquals(CheckinForm.values().length, ids.size());
  }

  @Test
  void everyMeasureOfTheCheckinIsAskedByExactlyOneForm() {
    List<Measure> asked =
        java.util.Arrays.stream(CheckinForm.values()).flatMap(f -> f.measures().stream()).toList();
    assertEquals(List.of(Measure.values()), asked);
  }

  @Test
  void thePegQuestionnaireCitesKrebsAndBoundsEachItemToZeroToTen() {
    JsonObject peg = CheckinFhir.in(Locale.ENGLISH).questionnaire(CheckinForm.PEG);
    assertEquals("Questionnaire", peg.getString("resourceType"));
    assertEquals("peg", peg.getString("id"));
    assertEquals(CheckinForm.PEG.url(), peg.getString("url"));
    assertEquals("1", peg.getString("version"));
    assertEquals("active", peg.getString("status"));
    assertEquals("en", peg.getString("language"));
    assertTrue(peg.getString("copyright").contains("Krebs EE"), peg.getString("copyright"));
    assertTrue(peg.getString("copyright").contains("2009"));
    assertTrue(peg.getString("description").contains(Instrument.PEG.source()));
    JsonArray items = peg.getJsonArray("item");
    assertEquals(List.of("peg-pain", "peg-enjoyment", "peg-activity"), linkIds(items));
    ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
    for (JsonValue v : items) {
      JsonObject item = v.asJsonObject();
      assertEquals("integer", item.getString("type"));
      assertTrue(item.getBoolean("required"));
      JsonArray ext = item.getJsonArray("extension");
      assertEquals(CheckinFhir.MIN_VALUE, ext.getJsonObject(0).getString("url"));
      assertEquals(0, ext.getJsonObject(0).getInt("valueInteger"));
      assertEquals(CheckinFhir.MAX_VALUE, ext.getJsonObject(1).getString("url"));
      assertEquals(10, ext.getJsonObject(1).getInt("valueInteger"));
    }
    assertEquals(en.getString("measure.PEG_PAIN"), items.getJsonObject(0).getString("text"));
  }

  @Test
  void ourOwnItemsAndTheSafetyQuestionsSayTheyAreOurs() {
    CheckinFhir fhir = CheckinFhir.in(Locale.ENGLISH);
    JsonObject wellbeing = fhir.questionnaire(CheckinForm.WELLBEING);
    assertEquals(
        List.of("stress", "sleep", "mood", "note"), linkIds(wellbeing.getJsonArray("item")));
    assertEquals("text", wellbeing.getJsonArray("item").getJsonObject(3).getString("type"));
    assertTrue(wellbeing.getString("copyright").startsWith("Written by Painwise"));
    JsonObject flags = fhir.questionnaire(CheckinForm.RED_FLAGS);
    assertEquals(
        List.of("numbness", "bladder", "fever", "self-harm"), linkIds(flags.getJsonArray("item")));
    for (JsonValue v : flags.getJsonArray("item")) {
      assertEquals("boolean", v.asJsonObject().getString("type"));
      assertFalse(v.asJsonObject().getBoolean("required"));
    }
  }

  @Test
  void aCheckinAnswersEachFormWithItsValuesAndTime() {
    CheckinFhir fhir = CheckinFhir.in(Locale.ENGLISH);
    JsonObject peg = fhir.response(CheckinForm.PEG, plain()).orElseThrow();
    assertEquals("QuestionnaireResponse", peg.getString("resourceType"));
    assertEquals("completed", peg.getString("status"));
    assertEquals(
        "https://painwise.example/fhir/Questionnaire/peg|1", peg.getString("questionnaire"));
    assertEquals("2026-11-20T08:15:30.123Z", peg.getString("authored"));
    assertEquals("41", peg.getJsonObject("identifier").getString("value"));
    assertEquals(List.of(5, 4, 3), integers(peg));
    assertEquals(List.of(6), integers(fhir.response(CheckinForm.NRS, plain()).orElseThrow()));
    JsonObject wellbeing = fhir.response(CheckinForm.WELLBEING, plain()).orElseThrow();
    assertEquals(List.of(7, 2, 8), integers(wellbeing));
    assertEquals(List.of("stress", "sleep", "mood"), linkIds(wellbeing.getJsonArray("item")));
  }

  @Test
  void onlyTickedSafetyQuestionsAreAnsweredAndNoneMeansNoResponse() {
    CheckinFhir fhir = CheckinFhir.in(Locale.ENGLISH);
    assertTrue(fhir.response(CheckinForm.RED_FLAGS, plain()).isEmpty());
    JsonObject flags = fhir.response(CheckinForm.RED_FLAGS, flaggedWithNote()).orElseThrow();
    assertEquals(List.of("fever", "self-harm"), linkIds(flags.getJsonArray("item")));
    for (JsonValue v : flags.getJsonArray("item")) {
      assertTrue(
          v.asJsonObject().getJsonArray("answer").getJsonObject(0).getBoolean("valueBoolean"));
    }
  }

  @Test
  void theNoteIsTheLastAnswerOfTheWellbeingResponse() {
    JsonObject wellbeing =
        CheckinFhir.in(Locale.ENGLISH)
            .response(CheckinForm.WELLBEING, flaggedWithNote())
            .orElseThrow();
    JsonObject note = wellbeing.getJsonArray("item").getJsonObject(3);
    assertEquals("note", note.getString("linkId"));
    assertEquals(
        "Bad night; walked 10 min.",
        note.getJsonArray("answer").getJsonObject(0).getString("valueString"));
  }

  @Test
  void theBundleIsACollectionOfTheFormsThenTheResponsesOldestFirst() {
    JsonObject bundle =
        CheckinFhir.in(Locale.ENGLISH)
            .bundle(List.of(plain(), flaggedWithNote()), Instant.parse("2026-11-28T12:00:00Z"));
    assertEquals("Bundle", bundle.getString("resourceType"));
    assertEquals("collection", bundle.getString("type"));
    assertEquals("2026-11-28T12:00:00Z", bundle.getString("timestamp"));
    JsonArray entries = bundle.getJsonArray("entry");
    // 4 Questionnaires, 3 responses for the plain check-in, 4 for the flagged one.
    assertEquals(4 + 3 + 4, entries.size());
    for (int i = 0; i < 4; i++) {
      JsonObject e = entries.getJsonObject(i);
      assertEquals("Questionnaire", e.getJsonObject("resource").getString("resourceType"));
      assertEquals(e.getJsonObject("resource").getString("url"), e.getString("fullUrl"));
    }
    assertEquals(
        "checkin-41-nrs-pain", entries.getJsonObject(4).getJsonObject("resource").getString("id"));
    assertEquals(
        "checkin-42-painwise-red-flags",
        entries.getJsonObject(10).getJsonObject("resource").getString("id"));
    assertTrue(entries.getJsonObject(4).getString("fullUrl").startsWith("urn:uuid:"));
    Set<String> fullUrls =
        entries.stream()
            .map(v -> v.asJsonObject().getString("fullUrl"))
            .collect(Collectors.toSet());
    assertEquals(entries.size(), fullUrls.size());
  }

  @Test
  void aFrenchLocaleWritesTheFrenchWordingTaggedFrCa() {
    CheckinFhir fhir = CheckinFhir.in(Locale.CANADA_FRENCH);
    assertEquals("fr-CA", fhir.language());
    JsonObject nrs = fhir.questionnaire(CheckinForm.NRS);
    assertEquals("fr-CA", nrs.getString("language"));
    ResourceBundle fr = ResourceBundle.getBundle("i18n.messages", Locale.FRENCH);
    assertEquals(
        fr.getString("measure.PAIN_NOW"),
        nrs.getJsonArray("item").getJsonObject(0).getString("text"));
    assertFalse(
        ResourceBundle.getBundle("i18n.messages", Locale.ROOT)
            .getString("measure.PAIN_NOW")
            .equals(fr.getString("measure.PAIN_NOW")));
    assertEquals("en", CheckinFhir.in(Locale.GERMAN).language());
  }

  static List<String> linkIds(JsonArray items) {
    return items.stream().map(v -> v.asJsonObject().getString("linkId")).toList();
  }

  static List<Integer> integers(JsonObject response) {
    return response.getJsonArray("item").stream()
        .map(v -> v.asJsonObject().getJsonArray("answer").getJsonObject(0))
        .filter(a -> a.containsKey("valueInteger"))
        .map(a -> a.getInt("valueInteger"))
        .toList();
  }
}
