package org.painwise.outcome.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.KnowledgeAnswer;
import org.painwise.outcome.KnowledgeCheck;
import org.painwise.outcome.KnowledgeChecks;
import org.painwise.outcome.KnowledgeDraft;
import org.painwise.outcome.KnowledgeStatement;

/**
 * What the FHIR export writes is valid FHIR R4: it validates against HL7's R4 JSON schema
 * (src/test/resources/fhir, see its README), and HAPI FHIR's strict R4 parser reads it back with
 * the same values.
 */
class FhirSchemaTest {

  static Schema schema;
  static FhirContext fhir;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = FhirSchemaTest.class.getResourceAsStream("/fhir/fhir.schema.json")) {
      ObjectNode root = (ObjectNode) new ObjectMapper().readTree(in);
      // HL7 names the schema with draft-04's "id" under a draft-06 "$schema"; the validator knows
      // only draft-06's "$id" and refuses the old keyword. It only names the file: drop it.
      root.remove("id");
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(root);
    }
    fhir = FhirContext.forR4();
  }

  static String json(JsonObject o) {
    StringWriter out = new StringWriter();
    Json.createWriter(out).writeObject(o);
    return out.toString();
  }

  static JsonObject bundle(Locale locale) {
    List<Checkin> checkins = List.of(CheckinFhirTest.plain(), CheckinFhirTest.flaggedWithNote());
    return CheckinFhir.in(locale).bundle(checkins, Instant.parse("2026-11-28T12:00:00.5Z"));
  }

  @Test
  void theExportValidatesAgainstTheFhirR4Schema() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CANADA_FRENCH)) {
      List<Error> errors = schema.validate(json(bundle(locale)), InputFormat.JSON);
      assertEquals(List.of(), errors, locale.toString());
    }
  }

  /** Check-ins and two knowledge checks: what a patient downloads. */
  static JsonObject withKnowledge(Locale locale) {
    List<Checkin> checkins = List.of(CheckinFhirTest.plain(), CheckinFhirTest.flaggedWithNote());
    List<KnowledgeCheck> knowledge =
        List.of(
            KnowledgeChecks.saved(
                7,
                CheckinFhirTest.AT,
                KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE)
                    .answer(KnowledgeStatement.K02, KnowledgeAnswer.TRUE)),
            KnowledgeChecks.saved(
                8,
                CheckinFhirTest.AT.plusSeconds(86400),
                KnowledgeDraft.all(KnowledgeAnswer.FALSE)));
    return CheckinFhir.in(locale)
        .bundle(checkins, knowledge, Instant.parse("2026-11-28T12:00:00.5Z"));
  }

  @Test
  void knowledgeResponsesValidateAgainstTheFhirR4Schema() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CANADA_FRENCH)) {
      List<Error> errors = schema.validate(json(withKnowledge(locale)), InputFormat.JSON);
      assertEquals(List.of(), errors, locale.toString());
    }
    JsonObject knowledgeOnly =
        CheckinFhir.in(Locale.ENGLISH).bundle(null, List.of(), Instant.now());
    assertEquals(1, knowledgeOnly.getJsonArray("entry").size());
    assertEquals(List.of(), schema.validate(json(knowledgeOnly), InputFormat.JSON));
  }

  /** The schema check covers the knowledge responses: an answer coded as a bare string fails. */
  @Test
  void theSchemaRejectsABrokenKnowledgeAnswer() {
    String valid = json(withKnowledge(Locale.ENGLISH));
    String broken = valid.replace("\"valueCoding\":{", "\"valueCoding\":\"x\",\"y\":{");
    assertFalse(broken.equals(valid), "the test replaced nothing");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
  }

  @Test
  void hapiReadsTheKnowledgeQuestionnaireAndResponsesBack() {
    IParser parser = fhir.newJsonParser();
    parser.setParserErrorHandler(new StrictErrorHandler());
    Bundle bundle = parser.parseResource(Bundle.class, json(withKnowledge(Locale.CANADA_FRENCH)));
    assertEquals(11 + 1 + 2, bundle.getEntry().size());

    Questionnaire q = (Questionnaire) bundle.getEntry().get(11).getResource();
    assertEquals(KnowledgeForm.url(), q.getUrl());
    assertEquals("fr-CA", q.getLanguage());
    assertTrue(q.getCopyright().contains("Painwise"));
    assertEquals(15, q.getItem().size());
    Questionnaire.QuestionnaireItemComponent first = q.getItemFirstRep();
    assertEquals("k01", first.getLinkId());
    assertEquals(Questionnaire.QuestionnaireItemType.CHOICE, first.getType());
    assertEquals(
        List.of("true", "false", "not-sure"),
        first.getAnswerOption().stream().map(o -> o.getValueCoding().getCode()).toList());
    assertEquals(
        KnowledgeForm.ANSWERS, first.getAnswerOption().get(0).getValueCoding().getSystem());

    QuestionnaireResponse second = (QuestionnaireResponse) bundle.getEntry().get(13).getResource();
    assertEquals(KnowledgeForm.canonical(), second.getQuestionnaire());
    assertEquals("8", second.getIdentifier().getValue());
    assertEquals(
        CheckinFhirTest.AT.plusSeconds(86400).toEpochMilli(), second.getAuthored().getTime());
    QuestionnaireResponse firstTry =
        (QuestionnaireResponse) bundle.getEntry().get(12).getResource();
    assertEquals(
        List.of("not-sure", "true", "not-sure"),
        firstTry.getItem().subList(0, 3).stream()
            .map(i -> i.getAnswerFirstRep().getValueCoding().getCode())
            .toList());
    assertEquals("k15", firstTry.getItem().get(14).getLinkId());
  }

  /**
   * The streamed download (what both downloads send, read page by page) is the very Bundle the data
   * export builds in memory, and more check-ins than the old cap of 1,200 are all there and valid.
   */
  @Test
  void theStreamedBundleIsTheBuiltOneAndNothingIsCutOff() {
    int n = 1301;
    List<Checkin> many = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      many.add(
          org.painwise.outcome.Checkins.saved(
              1000 + i,
              CheckinFhirTest.AT.plusSeconds(60L * i),
              i % 100 == 0
                  ? org.painwise.outcome.CheckinDraft.of(8, 7, 7, 7, 8, 3, 3)
                      .flag(org.painwise.outcome.RedFlag.FEVER)
                  : org.painwise.outcome.CheckinDraft.of(i % 11, 5, 4, 3, 7, 2, 8)));
    }
    Paged<Checkin> paged =
        new Paged<>(
            many.subList(0, CheckinFhirExport.PAGE),
            CheckinFhirExport.PAGE,
            last -> {
              int from = many.indexOf(last) + 1;
              return many.subList(from, Math.min(from + CheckinFhirExport.PAGE, n));
            });
    List<KnowledgeCheck> knowledge =
        List.of(
            KnowledgeChecks.saved(
                7, CheckinFhirTest.AT, KnowledgeDraft.all(KnowledgeAnswer.NOT_SURE)));
    Instant now = Instant.parse("2026-11-28T12:00:00.5Z");
    StringWriter streamed = new StringWriter();
    new FhirBundle(CheckinFhir.in(Locale.ENGLISH), paged, knowledge, now).writeTo(streamed);

    JsonObject read = Json.createReader(new java.io.StringReader(streamed.toString())).readObject();
    assertEquals(CheckinFhir.in(Locale.ENGLISH).bundle(many, knowledge, now), read);
    // 4 forms, 3 responses per check-in and one more for each flagged one, then the knowledge
    // check's form and response.
    assertEquals(4 + 3 * n + (n + 99) / 100 + 2, read.getJsonArray("entry").size());
    assertEquals(
        List.of(), schema.validate(streamed.toString(), InputFormat.JSON), "schema errors");
    Bundle parsed = fhir.newJsonParser().parseResource(Bundle.class, streamed.toString());
    QuestionnaireResponse last =
        (QuestionnaireResponse) parsed.getEntry().get(parsed.getEntry().size() - 3).getResource();
    assertEquals(String.valueOf(1000 + n - 1), last.getIdentifier().getValue());
  }

  @Test
  void anEmptyExportIsValidToo() {
    JsonObject empty = CheckinFhir.in(Locale.ENGLISH).bundle(List.of(), Instant.now());
    assertEquals(List.of(), schema.validate(json(empty), InputFormat.JSON));
  }

  /** The schema check can fail: a wrong status, a number as text, an unknown field. */
  @Test
  void theSchemaRejectsWhatFhirDoesNot() {
    String valid = json(bundle(Locale.ENGLISH));
    for (String broken :
        List.of(
            valid.replace("\"type\":\"collection\"", "\"type\":\"pile\""),
            valid.replace("\"status\":\"completed\"", "\"status\":\"done\""),
            valid.replace("\"valueInteger\":5", "\"valueInteger\":\"5\""),
            valid.replace("\"linkId\":\"peg-pain\"", "\"linkId\":\"peg-pain\",\"score\":1"))) {
      assertFalse(broken.equals(valid), "the test replaced nothing");
      assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty(), broken.substring(0, 80));
    }
  }

  @Test
  void hapisStrictR4ParserReadsTheValuesBack() {
    IParser parser = fhir.newJsonParser();
    parser.setParserErrorHandler(new StrictErrorHandler());
    Bundle bundle = parser.parseResource(Bundle.class, json(bundle(Locale.ENGLISH)));
    assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
    assertEquals(11, bundle.getEntry().size());

    Questionnaire peg = (Questionnaire) bundle.getEntry().get(1).getResource();
    assertEquals(CheckinForm.PEG.url(), peg.getUrl());
    assertEquals("1", peg.getVersion());
    assertTrue(peg.getCopyright().contains("Krebs EE"));
    Questionnaire.QuestionnaireItemComponent pegPain = peg.getItemFirstRep();
    assertEquals("peg-pain", pegPain.getLinkId());
    assertEquals(Questionnaire.QuestionnaireItemType.INTEGER, pegPain.getType());
    assertEquals(
        0, ((IntegerType) pegPain.getExtensionByUrl(CheckinFhir.MIN_VALUE).getValue()).getValue());
    assertEquals(
        10, ((IntegerType) pegPain.getExtensionByUrl(CheckinFhir.MAX_VALUE).getValue()).getValue());

    List<QuestionnaireResponse> responses =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r.getResourceType() == ResourceType.QuestionnaireResponse)
            .map(QuestionnaireResponse.class::cast)
            .toList();
    assertEquals(7, responses.size());
    QuestionnaireResponse pegAnswers = responses.get(1);
    assertEquals(CheckinForm.PEG.canonical(), pegAnswers.getQuestionnaire());
    assertEquals(
        QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, pegAnswers.getStatus());
    assertEquals(CheckinFhirTest.AT.toEpochMilli(), pegAnswers.getAuthored().getTime());
    assertEquals(
        List.of(5, 4, 3),
        pegAnswers.getItem().stream()
            .map(i -> i.getAnswerFirstRep().getValueIntegerType().getValue())
            .toList());

    QuestionnaireResponse wellbeing = responses.get(5);
    QuestionnaireResponseItemComponent note = wellbeing.getItem().get(3);
    assertEquals("note", note.getLinkId());
    assertEquals(
        "Bad night; walked 10 min.", note.getAnswerFirstRep().getValueStringType().getValue());
    QuestionnaireResponse flags = responses.get(6);
    assertEquals(CheckinForm.RED_FLAGS.canonical(), flags.getQuestionnaire());
    assertEquals(
        List.of("fever", "self-harm"),
        flags.getItem().stream().map(QuestionnaireResponseItemComponent::getLinkId).toList());
    assertTrue(flags.getItemFirstRep().getAnswerFirstRep().getValueBooleanType().booleanValue());
    assertEquals("42", flags.getIdentifier().getValue());
  }
}
