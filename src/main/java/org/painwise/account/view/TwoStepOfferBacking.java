package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.painwise.account.SignedInUser;
import org.painwise.account.TwoStepService;

/**
 * account/two-step-offer.xhtml: after each sign-in of a therapist or educator who has not turned
 * two-step sign-in on, an offer to set it up now, which they may skip. The page that the sign-in
 * was going to (the page first asked for, or their home) waits in the session meanwhile, as a path
 * within the app only, and "Not now" goes there.
 */
@Named
@RequestScoped
public class TwoStepOfferBacking {

  /** The offer page. */
  static final String PATH = "/account/two-step-offer";

  /** The session attribute with the path the sign-in was going to. */
  private static final String CONTINUATION = "painwise.twoStep.continueTo";

  @Inject private TwoStepService twoStep;
  @Inject private SignedInUser user;

  /** On opening the page: nothing to offer once it is on (or for a demo account). */
  public void load() {
    if (!twoStep.status(user.requireId()).canTurnOn()) {
      skip();
    }
  }

  /** Keeps where the sign-in was going, if it is a page of this app. */
  static void continueTo(HttpServletRequest request, String location) {
    local(request.getContextPath(), location)
        .ifPresent(path -> request.getSession().setAttribute(CONTINUATION, path));
  }

  /** Where the sign-in was going, once: the offer was taken or skipped. */
  static Optional<String> takeContinuation(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(CONTINUATION) instanceof String path)) {
      return Optional.empty();
    }
    session.removeAttribute(CONTINUATION);
    return Optional.of(path);
  }

  /** "Not now": on to the page the sign-in was going to. */
  public void skip() {
    String target =
        takeContinuation(Faces.getRequest())
            .orElse(Faces.getRequestContextPath() + user.getHomePath());
    try {
      Faces.getExternalContext().redirect(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Faces.responseComplete();
  }

  /**
   * The path, query and anchor of {@code location} when it is a page under {@code contextPath};
   * empty for anything else, so the session never holds an address of another site.
   */
  static Optional<String> local(String contextPath, String location) {
    if (location == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String path = uri.getRawPath();
    if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
      return Optional.empty();
    }
    return Optional.of(
        path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
  }
}
