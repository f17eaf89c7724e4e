package org.painwise.outcome.fhir;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a FHIR Bundle as a JSON download. */
final class FhirDownload {

  /** FHIR's own media type for JSON (R4, section 3.1.0.1.8). */
  static final String CONTENT_TYPE = "application/fhir+json";

  private FhirDownload() {}

  /**
   * Streams a Bundle as it is read. When the client withdraws the share before anything has left,
   * the answer is 404; after, the connection is cut, so the download is visibly unfinished (never a
   * complete-looking file with records missing).
   */
  static void send(HttpServletResponse response, String filename, FhirBundle bundle)
      throws IOException {
    headers(response, filename);
    try {
      bundle.writeTo(response.getWriter());
    } catch (SharingEndedException e) {
      if (response.isCommitted()) {
        throw new IOException("FHIR download stopped: the client withdrew the share", e);
      }
      response.reset();
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void headers(HttpServletResponse response, String filename) {
    response.setContentType(CONTENT_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    response.setHeader("Cache-Control", "no-store");
  }
}
