package org.painwise.config;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.primefaces.context.PrimeFacesContext;

/**
 * The script nonce of PrimeFaces' CSP mode ({@code primefaces.CSP}), made to work for every post.
 *
 * <p>PrimeFaces takes a postback's nonce from the request parameter {@code primefaces.nonce}, which
 * its script adds to forms, and throws ("CSP nonce mismatch", "Missing CSP nonce") when the
 * parameter is missing or differs from the one kept in the view. Pages without PrimeFaces
 * components do not load that script, error pages rendered for a post have no view of their own,
 * and a page posted in full gets a new header anyway. So:
 *
 * <ul>
 *   <li>a full (non-ajax) request always gets a nonce of the server's own, never one the client
 *       chose: on a postback, the one its view already keeps (see {@link Listener}), otherwise a
 *       fresh one;
 *   <li>an ajax request keeps the page's nonce that PrimeFaces' script sends, since the scripts of
 *       its partial response run under the page's header (PrimeFaces checks it against the view).
 * </ul>
 *
 * <p>A full postback must not give its view a new nonce: an ajax request of the same page that is
 * still on its way (a quiz answer saved by {@code p:ajax} as the learner presses "Submit") would
 * then fail PrimeFaces' check ("CSP nonce mismatch").
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class CspNonces extends HttpFilter {

  /** PrimeFaces' request parameter and view-map key. */
  static final String PARAM = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new NonceRequest(request), response);
  }

  /** A nonce as PrimeFaces makes them (a random UUID in Base64), so that it passes its check. */
  static String fresh() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"))
        || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
  }

  /** Answers {@code primefaces.nonce} as described above; read lazily, after Faces decoding. */
  static final class NonceRequest extends HttpServletRequestWrapper {

    private String nonce;
    private boolean made;

    NonceRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      if (!PARAM.equals(name)) {
        return super.getParameter(name);
      }
      if (nonce == null) {
        String sent = super.getParameter(name);
        made = !(isAjax(this) && valid(sent));
        nonce = made ? fresh() : sent;
      }
      return nonce;
    }

    /** Whether the nonce is the server's own rather than the one the page sent. */
    boolean made() {
      getParameter(PARAM);
      return made;
    }

    /** From now on answers {@code viewNonce}, the server's own nonce of the restored view. */
    void useViewNonce(String viewNonce) {
      getParameter(PARAM);
      nonce = viewNonce;
      made = true;
    }

    static boolean isValid(String nonce) {
      return valid(nonce);
    }

    @Override
    public String[] getParameterValues(String name) {
      return PARAM.equals(name)
          ? new String[] {getParameter(name)}
          : super.getParameterValues(name);
    }

    private static boolean valid(String nonce) {
      if (nonce == null || nonce.isEmpty() || nonce.length() > 64) {
        return false;
      }
      try {
        UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }

  /**
   * After a postback restored its view: when the request's nonce is the server's own (always on a
   * full postback), the request answers the nonce the view already keeps, so that PrimeFaces
   * accepts it and the view's nonce stays the same for ajax requests of the page that are still on
   * their way; a view that keeps none takes the one made for this request. An ajax request that
   * sent a nonce of its own keeps PrimeFaces' check against the view.
   */
  public static class Listener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
      return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public void afterPhase(PhaseEvent event) {
      FacesContext context = event.getFacesContext();
      if (!context.isPostback()
          && context.getViewRoot() != null
          && context.getExternalContext().getSession(false) == null) {
        nonceWithoutViewMap(context);
        return;
      }
      if (!context.isPostback()
          || context.getViewRoot() == null
          || !(context.getExternalContext().getRequest() instanceof ServletRequest request)) {
        return;
      }
      NonceRequest nonces = nonceRequest(request);
      if (nonces == null || !nonces.made()) {
        return;
      }
      Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
      if (viewMap == null || !viewMap.containsKey(PARAM)) {
        return;
      }
      if (viewMap.get(PARAM) instanceof String kept && NonceRequest.isValid(kept)) {
        nonces.useViewNonce(kept);
      } else {
        viewMap.put(PARAM, nonces.getParameter(PARAM));
      }
    }

    /**
     * PrimeFaces makes a page's nonce in its render-phase listener and keeps it in the view map of
     * every view that is not transient. That listener runs before the view is built, so before
     * {@code <f:view transient>} (the layout's {@code transientView}) has marked the view: the view
     * map it makes then registers itself in the session (Mojarra's active view maps), and every
     * anonymous GET (the login and sign-up pages, a 404) made a session. A request without a
     * session therefore gets its nonce here, as for a transient view: in the request's CSP state
     * only, never in a view map. A stateful page that makes a session later on (an anonymous page
     * with a view-scoped bean) still works: on its ajax posts PrimeFaces then takes the page's
     * nonce that its script sends, which {@link NonceRequest} checks for form.
     */
    private static void nonceWithoutViewMap(FacesContext context) {
      UIViewRoot root = context.getViewRoot();
      boolean wasTransient = root.isTransient();
      root.setTransient(true);
      try {
        PrimeFacesContext.getCspState(context).getNonce();
      } finally {
        root.setTransient(wasTransient);
      }
    }

    private static NonceRequest nonceRequest(ServletRequest request) {
      while (request instanceof ServletRequestWrapper wrapper) {
        if (wrapper instanceof NonceRequest nonces) {
          return nonces;
        }
        request = wrapper.getRequest();
      }
      return null;
    }
  }
}
