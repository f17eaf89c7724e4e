package org.painwise.lesson;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves lesson diagrams at /lesson-media/{module}/images/{file}, cached for a day. */
@WebServlet("/lesson-media/*")
public class LessonMediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LessonCatalog catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<byte[]> bytes = path.contains("..") ? Optional.empty() : catalog.media(path);
    if (bytes.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(
        path.endsWith(".svg") ? "image/svg+xml" : getServletContext().getMimeType(path));
    response.setHeader("Cache-Control", "public, max-age=86400");
    // Diagrams are our own SVGs; this header stops any script inside one from running.
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(bytes.get().length);
    response.getOutputStream().write(bytes.get());
  }
}
