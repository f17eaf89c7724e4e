package org.painwise.account.view;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Sign-in lands on the page that was asked for, anchor included. The browser never sends the {@code
 * #anchor}; login.js copies it into the login form, and {@link LoginBacking} hands it to {@link
 * #keep}. Jakarta Security then redirects to the saved page through the response that this filter
 * wraps, which appends the anchor. The address itself is the one the server saved, never one the
 * client sends, and the anchor is only letters, digits and {@code ._~-}, so nothing here can
 * redirect elsewhere or inject a header.
 *
 * <p>The same holds for the second step of a sign-in: the code page, and the set-up page where
 * two-step sign-in is required.
 */
@WebFilter(
    urlPatterns = {
      "/login",
      "/login.xhtml",
      "/two-step/code",
      "/two-step/code.xhtml",
      "/two-step/setup",
      "/two-step/setup.xhtml"
    },
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AnchorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String ATTRIBUTE = AnchorFilter.class.getName() + ".anchor";
  private static final Pattern ANCHOR = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

  /** Keeps a valid anchor for the redirect that ends this request; null or invalid: none. */
  static void keep(HttpServletRequest request, String anchor) {
    if (isValid(anchor)) {
      request.setAttribute(ATTRIBUTE, anchor);
    } else {
      request.removeAttribute(ATTRIBUTE);
    }
  }

  /**
   * Whether {@code anchor} is one that may be added to an address: letters, digits, {@code ._~-}.
   */
  static boolean isValid(String anchor) {
    return anchor != null && ANCHOR.matcher(anchor).matches();
  }

  /** {@code location} with the anchor appended, unless it has one already. */
  static String withAnchor(String location, Object anchor) {
    if (location == null || !(anchor instanceof String a) || location.contains("#")) {
      return location;
    }
    return location + "#" + a;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) || response instanceof AnchorResponse) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(request, new AnchorResponse(request, response));
  }

  private static final class AnchorResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    AnchorResponse(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(withAnchor(location, request.getAttribute(ATTRIBUTE)));
    }
  }
}
