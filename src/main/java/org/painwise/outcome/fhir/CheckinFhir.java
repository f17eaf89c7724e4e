package org.painwise.outcome.fhir;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Consumer;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.Instrument;
import org.painwise.outcome.KnowledgeAnswer;
import org.painwise.outcome.KnowledgeCheck;
import org.painwise.outcome.KnowledgeStatement;
import org.painwise.outcome.Licence;
import org.painwise.outcome.Measure;
import org.painwise.outcome.RedFlag;

/**
 * Writes check-ins as FHIR R4 JSON, with JSON-P only (no FHIR library at run time).
 *
 * <p>A Bundle of type {@code collection} holds the four {@link CheckinForm} Questionnaires, then,
 * for each check-in (oldest first), one QuestionnaireResponse per form it answers: NRS, PEG and
 * well-being always, the safety questions only when a box was ticked. A QuestionnaireResponse
 * answers exactly one Questionnaire, so the PEG stays a PEG for whoever reads it; the responses of
 * one check-in share its {@code identifier} and {@code authored} time. An unticked safety box was
 * not answered (the form asks to tick only what is true), so it is left out rather than written as
 * "no". The item wording is the app's, in the language asked for.
 */
public final class CheckinFhir {

  /** The language tags the export writes its text in. */
  public static final String ENGLISH = "en";

  public static final String FRENCH = "fr-CA";

  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
  static final String CHECKIN_SYSTEM = CheckinForm.BASE + "sid/checkin";

  /** The date of the Questionnaires' current {@link CheckinForm#VERSION}. */
  static final String FORMS_DATE = "2026-11-28";

  private static final String BUNDLE = "i18n.messages";
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

  private final ResourceBundle text;
  private final String language;

  private CheckinFhir(Locale locale) {
    boolean french = "fr".equals(locale.getLanguage());
    this.language = french ? FRENCH : ENGLISH;
    this.text = ResourceBundle.getBundle(BUNDLE, french ? Locale.FRENCH : Locale.ROOT);
  }

  /** The writer for a language: French (as fr-CA) for any French locale, English otherwise. */
  public static CheckinFhir in(Locale locale) {
    return new CheckinFhir(locale);
  }

  /** The language tag of what this writer writes: {@link #ENGLISH} or {@link #FRENCH}. */
  public String language() {
    return language;
  }

  /** A collection Bundle of check-ins only: every check-in Questionnaire, then the responses. */
  public JsonObject bundle(Iterable<Checkin> checkins, Instant now) {
    return bundle(checkins, null, now);
  }

  /**
   * A collection Bundle of check-ins and knowledge checks. A {@code null} list leaves that kind out
   * altogether, its Questionnaire(s) too (a therapist the patient does not share it with); an empty
   * list keeps the Questionnaire(s) with no responses. Check-in forms and responses come first,
   * then the knowledge check's Questionnaire and one QuestionnaireResponse per attempt (oldest
   * first).
   */
  public JsonObject bundle(
      Iterable<Checkin> checkins, Iterable<KnowledgeCheck> knowledge, Instant now) {
    JsonArrayBuilder entries = JSON.createArrayBuilder();
    entries(checkins, knowledge, entries::add);
    return JSON.createObjectBuilder()
        .add("resourceType", "Bundle")
        .add("type", "collection")
        .add("timestamp", instant(now))
        .add("entry", entries)
        .build();
  }

  /**
   * Writes the same Bundle as {@link #bundle(Iterable, Iterable, Instant)} to {@code out}, one
   * entry at a time as the records are walked, so that none but the entry being written is held in
   * memory.
   */
  public void write(
      JsonGenerator out,
      Iterable<Checkin> checkins,
      Iterable<KnowledgeCheck> knowledge,
      Instant now) {
    out.writeStartObject()
        .write("resourceType", "Bundle")
        .write("type", "collection")
        .write("timestamp", instant(now))
        .writeStartArray("entry");
    entries(checkins, knowledge, out::write);
    out.writeEnd().writeEnd();
  }

  private void entries(
      Iterable<Checkin> checkins,
      Iterable<KnowledgeCheck> knowledge,
      Consumer<JsonObject> entries) {
    if (checkins != null) {
      addCheckins(entries, checkins);
    }
    if (knowledge != null) {
      entries.accept(
          JSON.createObjectBuilder()
              .add("fullUrl", KnowledgeForm.url())
              .add("resource", knowledgeQuestionnaire())
              .build());
      for (KnowledgeCheck k : knowledge) {
        entries.accept(
            JSON.createObjectBuilder()
                .add("fullUrl", "urn:uuid:" + uuid(k))
                .add("resource", knowledgeResponse(k))
                .build());
      }
    }
  }

  private void addCheckins(Consumer<JsonObject> entries, Iterable<Checkin> checkins) {
    for (CheckinForm form : CheckinForm.values()) {
      entries.accept(
          JSON.createObjectBuilder()
              .add("fullUrl", form.url())
              .add("resource", questionnaire(form))
              .build());
    }
    for (Checkin c : checkins) {
      for (CheckinForm form : CheckinForm.values()) {
        response(form, c)
            .ifPresent(
                r ->
                    entries.accept(
                        JSON.createObjectBuilder()
                            .add("fullUrl", "urn:uuid:" + uuid(c, form))
                            .add("resource", r)
                            .build()));
      }
    }
  }

  /**
   * The knowledge check's Questionnaire: each statement a {@code choice} item answered true, false
   * or not sure (codes of {@link KnowledgeForm#ANSWERS}), worded in this writer's language.
   */
  public JsonObject knowledgeQuestionnaire() {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      JsonArrayBuilder options = JSON.createArrayBuilder();
      for (KnowledgeAnswer a : KnowledgeAnswer.values()) {
        options.add(JSON.createObjectBuilder().add("valueCoding", coding(a)));
      }
      items.add(
          JSON.createObjectBuilder()
              .add("linkId", KnowledgeForm.linkId(s))
              .add("text", text.getString("knowledge.statement." + s.name()))
              .add("type", "choice")
              .add("required", true)
              .add("answerOption", options));
    }
    return JSON.createObjectBuilder()
        .add("resourceType", "Questionnaire")
        .add("id", KnowledgeForm.ID)
        .add("language", language)
        .add("url", KnowledgeForm.url())
        .add("version", KnowledgeForm.VERSION)
        .add("name", KnowledgeForm.NAME)
        .add("title", "Painwise knowledge check")
        .add("status", "active")
        .add("experimental", false)
        .add("subjectType", JSON.createArrayBuilder().add("Patient"))
        .add("date", FORMS_DATE)
        .add("publisher", "Painwise")
        .add(
            "description",
            "Statements about pain, each answered true, false or not sure, covering the Painwise"
                + " modules; not sure never counts as right. Painwise's own statements, not a"
                + " validated instrument, and not taken from any licensed questionnaire.")
        .add("copyright", KnowledgeForm.COPYRIGHT)
        .add("item", items)
        .build();
  }

  /** One attempt at the knowledge check: every statement with the answer given. */
  public JsonObject knowledgeResponse(KnowledgeCheck k) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    for (KnowledgeCheck.Item i : k.getItems()) {
      items.add(
          answer(
              KnowledgeForm.linkId(i.getStatement()),
              text.getString("knowledge.statement." + i.getStatement().name()),
              JSON.createObjectBuilder().add("valueCoding", coding(i.getGiven()))));
    }
    return JSON.createObjectBuilder()
        .add("resourceType", "QuestionnaireResponse")
        .add("id", "knowledge-" + k.getId())
        .add("language", language)
        .add(
            "identifier",
            JSON.createObjectBuilder()
                .add("system", KnowledgeForm.SYSTEM)
                .add("value", String.valueOf(k.getId())))
        .add("questionnaire", KnowledgeForm.canonical())
        .add("status", "completed")
        .add("authored", instant(k.getTakenAt()))
        .add("item", items)
        .build();
  }

  private JsonObjectBuilder coding(KnowledgeAnswer a) {
    return JSON.createObjectBuilder()
        .add("system", KnowledgeForm.ANSWERS)
        .add("code", KnowledgeForm.code(a))
        .add("display", text.getString("knowledge.answer." + a.name()));
  }

  private static UUID uuid(KnowledgeCheck k) {
    return UUID.nameUUIDFromBytes(
        ("painwise:knowledge:" + k.getId()).getBytes(StandardCharsets.UTF_8));
  }

  /** The Questionnaire of one form, its items worded in this writer's language. */
  public JsonObject questionnaire(CheckinForm form) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    for (Measure m : form.measures()) {
      items.add(
          JSON.createObjectBuilder()
              .add(
                  "extension",
                  JSON.createArrayBuilder()
                      .add(bound(MIN_VALUE, Measure.MIN))
                      .add(bound(MAX_VALUE, Measure.MAX)))
              .add("linkId", CheckinForm.linkId(m))
              .add("text", text.getString(m.key()))
              .add("type", "integer")
              .add("required", true));
    }
    if (form == CheckinForm.WELLBEING) {
      items.add(
          JSON.createObjectBuilder()
              .add("linkId", CheckinForm.NOTE)
              .add("text", text.getString("patient_checkin.label.note"))
              .add("type", "text")
              .add("required", false)
              .add("maxLength", Checkin.NOTE_MAX));
    }
    if (form == CheckinForm.RED_FLAGS) {
      for (RedFlag f : RedFlag.values()) {
        items.add(
            JSON.createObjectBuilder()
                .add("linkId", CheckinForm.linkId(f))
                .add("text", text.getString("checkin.flag." + f.name()))
                .add("type", "boolean")
                .add("required", false));
      }
    }
    JsonObjectBuilder q =
        JSON.createObjectBuilder()
            .add("resourceType", "Questionnaire")
            .add("id", form.id())
            .add("language", language)
            .add("url", form.url())
            .add("version", CheckinForm.VERSION)
            .add("name", form.computableName())
            .add("title", title(form))
            .add("status", "active")
            .add("experimental", false)
            .add("subjectType", JSON.createArrayBuilder().add("Patient"))
            .add("date", FORMS_DATE)
            .add("publisher", "Painwise")
            .add("description", description(form));
    copyright(form).ifPresent(c -> q.add("copyright", c));
    return q.add("item", items).build();
  }

  /**
   * The response of one check-in to one form; empty for the safety questions when no box was
   * ticked.
   */
  public Optional<JsonObject> response(CheckinForm form, Checkin c) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    for (Measure m : form.measures()) {
      items.add(
          answer(
              CheckinForm.linkId(m),
              text.getString(m.key()),
              JSON.createObjectBuilder().add("valueInteger", c.value(m))));
    }
    if (form == CheckinForm.WELLBEING && c.getNote() != null) {
      items.add(
          answer(
              CheckinForm.NOTE,
              text.getString("patient_checkin.label.note"),
              JSON.createObjectBuilder().add("valueString", c.getNote())));
    }
    if (form == CheckinForm.RED_FLAGS) {
      if (c.getFlags().isEmpty()) {
        return Optional.empty();
      }
      for (RedFlag f : c.getFlags()) {
        items.add(
            answer(
                CheckinForm.linkId(f),
                text.getString("checkin.flag." + f.name()),
                JSON.createObjectBuilder().add("valueBoolean", true)));
      }
    }
    return Optional.of(
        JSON.createObjectBuilder()
            .add("resourceType", "QuestionnaireResponse")
            .add("id", "checkin-" + c.getId() + "-" + form.id())
            .add("language", language)
            .add(
                "identifier",
                JSON.createObjectBuilder()
                    .add("system", CHECKIN_SYSTEM)
                    .add("value", String.valueOf(c.getId())))
            .add("questionnaire", form.canonical())
            .add("status", "completed")
            .add("authored", instant(c.getTakenAt()))
            .add("item", items)
            .build());
  }

  private static JsonObjectBuilder answer(String linkId, String question, JsonObjectBuilder value) {
    return JSON.createObjectBuilder()
        .add("linkId", linkId)
        .add("text", question)
        .add("answer", JSON.createArrayBuilder().add(value));
  }

  private static JsonObjectBuilder bound(String url, int value) {
    return JSON.createObjectBuilder().add("url", url).add("valueInteger", value);
  }

  private static String title(CheckinForm form) {
    return form.instrument().map(Instrument::title).orElse("Painwise safety questions (red flags)");
  }

  private static String description(CheckinForm form) {
    return switch (form) {
      case NRS ->
          "Pain intensity now on an 11-point numeric rating scale, 0 (no pain) to 10 (pain as bad"
              + " as you can imagine), as the Painwise check-in asks it. Source: "
              + Instrument.NRS.source();
      case PEG ->
          "The PEG's three items (average pain, interference with enjoyment of life, interference"
              + " with general activity), each 0 to 10, as the Painwise check-in words them; the PEG"
              + " score is the mean of the three. Source: "
              + Instrument.PEG.source();
      case WELLBEING ->
          "Stress, sleep quality and mood, each 0 to 10, and an optional note: Painwise's own items,"
              + " not a validated instrument.";
      case RED_FLAGS ->
          "Optional safety questions of the Painwise check-in. A yes shows seek-care-now guidance;"
              + " it is not a diagnosis. Only questions answered yes are recorded: an unticked box"
              + " was not answered.";
    };
  }

  private static Optional<String> copyright(CheckinForm form) {
    Optional<Instrument> instrument = form.instrument();
    if (instrument.isEmpty()) {
      return Optional.of("Written by Painwise for this app.");
    }
    Instrument i = instrument.get();
    return Optional.of(
        switch (i.licence()) {
          case FREE_WITH_ATTRIBUTION -> "Free to use with attribution. Cite: " + i.source();
          case OUR_OWN -> "Written by Painwise for this app.";
          case NEEDS_LICENCE -> throw new IllegalStateException(i + " " + Licence.NEEDS_LICENCE);
        });
  }

  /** A FHIR instant: UTC, to the millisecond. */
  static String instant(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /** A stable id for one response, so a second download names the same resources alike. */
  private static UUID uuid(Checkin c, CheckinForm form) {
    return UUID.nameUUIDFromBytes(
        ("painwise:checkin:" + c.getId() + ":" + form.id()).getBytes(StandardCharsets.UTF_8));
  }
}
