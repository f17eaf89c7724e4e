package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.painwise.account.AccountService;
import org.painwise.account.SignedInUser;
import org.painwise.config.Languages;

/**
 * The language of this request's pages, and the switch in the header ({@code
 * WEB-INF/includes/language-switch.xhtml}, posting to {@link
 * org.painwise.account.LanguageServlet}).
 *
 * <p>The language of the pages is the one chosen on this browser (the {@link Languages#COOKIE
 * cookie}, which the switch always sets), else the signed-in account's, else the browser's {@code
 * Accept-Language} ({@link LanguageViewHandler}). An account that has no language yet takes the
 * cookie's when it signs in (one write, once), so a choice made before signing in is remembered for
 * the other browsers and for emails; an account that has one keeps it (someone else's choice on a
 * shared computer changes the pages there, never the account).
 */
@Named("languageSwitch")
@RequestScoped
public class LanguageSwitch {

  @Inject private HttpServletRequest request;
  @Inject private SignedInUser user;
  @Inject private AccountService accounts;

  private Optional<Locale> chosen;

  /** The language chosen for this request, if any. */
  public Optional<Locale> chosen() {
    if (chosen == null) {
      chosen = resolve();
    }
    return chosen;
  }

  private Optional<Locale> resolve() {
    Optional<Locale> cookie = cookie(request);
    // Only a request with a principal touches the session: an anonymous page makes none.
    if (request.getUserPrincipal() == null || !user.isSignedIn()) {
      return cookie;
    }
    Optional<Locale> saved = user.language();
    if (saved.isEmpty() && cookie.isPresent()) {
      accounts.setLanguage(user.requireId(), cookie.get().getLanguage());
      user.refresh();
    }
    return cookie.or(() -> saved);
  }

  /** The language of the cookie of this request, if it names a supported one. */
  public static Optional<Locale> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> Languages.COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .map(Languages::of)
            .flatMap(Optional::stream)
            .findFirst();
  }

  /** The languages the switch offers: every supported one but the page's. */
  public List<Locale> getOthers() {
    String current = Faces.getLocale().getLanguage();
    return Languages.SUPPORTED.stream().filter(l -> !l.getLanguage().equals(current)).toList();
  }

  /** Where the switch comes back to: this page, as the browser asked for it. */
  public String getReturnTo() {
    return Faces.getRequestURIWithQueryString();
  }
}
