package org.painwise.outcome.fhir;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.KnowledgeCheck;

/**
 * A FHIR Bundle of check-ins and knowledge checks, ready to write: the records are read page by
 * page while it is written ({@link #writeTo}), so a download of any length holds one page at a
 * time. A {@code null} kind is left out, its Questionnaires too (see {@link CheckinFhir#bundle}).
 */
public final class FhirBundle {

  private static final JsonGeneratorFactory PRETTY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private final CheckinFhir fhir;
  private final Iterable<Checkin> checkins;
  private final Iterable<KnowledgeCheck> knowledge;
  private final Instant now;

  FhirBundle(
      CheckinFhir fhir,
      Iterable<Checkin> checkins,
      Iterable<KnowledgeCheck> knowledge,
      Instant now) {
    this.fhir = fhir;
    this.checkins = checkins;
    this.knowledge = knowledge;
    this.now = now;
  }

  /**
   * Writes the Bundle as pretty-printed JSON, one entry at a time.
   *
   * @throws SharingEndedException when the client withdrew a share while it was being written (what
   *     is written so far is not a whole Bundle)
   */
  public void writeTo(Writer out) {
    JsonGenerator json = PRETTY.createGenerator(out);
    fhir.write(json, checkins, knowledge, now);
    json.flush();
  }

  /** The whole Bundle in memory, for the data export (which is one JSON object). */
  public JsonObject toJson() {
    return fhir.bundle(checkins, knowledge, now);
  }
}
