package org.painwise.outcome.fhir;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a FHIR resource as a JSON download. */
final class FhirDownload {

  /** FHIR's own media type for JSON (R4, section 3.1.0.1.8). */
  static final String CONTENT_TYPE = "application/fhir+json";

  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private FhirDownload() {}

  static void send(HttpServletResponse response, String filename, JsonObject resource)
      throws IOException {
    response.setContentType(CONTENT_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    response.setHeader("Cache-Control", "no-store");
    try (JsonWriter writer = WRITERS.createWriter(response.getWriter())) {
      writer.writeObject(resource);
    }
  }
}
