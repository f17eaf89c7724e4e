package org.painwise.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/session: the "stay signed in" button of the session warning (session.js). Reading it
 * touches the session, which starts its timeout again; it says whether someone is still signed in
 * and the timeout in seconds. It never makes a session.
 */
@Path("/session")
@RequestScoped
public class SessionResource {

  @Inject private SignedInUser user;
  @Context private HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response ping() {
    HttpSession session = request.getSession(false);
    boolean signedIn = session != null && user.isSignedIn();
    String body =
        signedIn
            ? "{\"signedIn\":true,\"timeoutSeconds\":" + session.getMaxInactiveInterval() + "}"
            : "{\"signedIn\":false}";
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(body).cacheControl(noStore).build();
  }
}
