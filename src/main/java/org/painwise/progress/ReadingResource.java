package org.painwise.progress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.painwise.account.SignedInUser;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;

/**
 * POST /api/reading/{module}/{page}: the reader has reached the end of a lesson page, which marks
 * it read for the signed-in user. The lesson page calls it with {@code fetch}, so the page needs no
 * Faces form state and no PrimeFaces scripts.
 *
 * <p>Cross-site requests cannot use it: the session cookie is SameSite=Lax, and the request must
 * carry the {@code X-Painwise-Request} header, which a page on another site can only send after a
 * CORS preflight that this server never allows. Anyone not signed in, and any unknown page, gets
 * 404.
 */
@Path("/reading/{module}/{page}")
@RequestScoped
public class ReadingResource {

  /** The header that the lesson page's script sends. */
  public static final String HEADER = "X-Painwise-Request";

  @Inject private SignedInUser user;
  @Inject private LessonService lessons;
  @Inject private ProgressService progress;

  @POST
  public Response read(
      @PathParam("module") String module,
      @PathParam("page") String page,
      @HeaderParam(HEADER) String marker) {
    if (marker == null) {
      return Response.status(Response.Status.FORBIDDEN).build();
    }
    Optional<Long> account = user.id();
    Optional<LessonPage> found = lessons.page(module, page);
    if (account.isEmpty() || found.isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    progress.markRead(account.get(), found.get());
    return Response.noContent().build();
  }
}
