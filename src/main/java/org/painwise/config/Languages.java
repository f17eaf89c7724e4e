package org.painwise.config;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface and of emails: English (the default) and Canadian French, the
 * bundles {@code i18n/messages(_fr)}. A person's choice is a language tag ({@code en}, {@code fr})
 * kept in the account, or in the {@link #COOKIE} while signed out; without one, pages follow the
 * browser's {@code Accept-Language} and emails are in {@link #DEFAULT}.
 */
public final class Languages {

  /** The language of anyone who chose none, for emails (pages follow the browser). */
  public static final Locale DEFAULT = Locale.ENGLISH;

  /** The languages people can choose, in the order the switch offers them. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  /** The cookie that remembers the choice of someone signed out (HttpOnly, SameSite=Lax). */
  public static final String COOKIE = "painwise-language";

  /** How long the cookie lasts: a year, in seconds. */
  public static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

  /** The longest tag kept ({@code account.language}). */
  public static final int TAG_MAX = 8;

  private Languages() {}

  /**
   * The supported language of a tag ({@code fr}, {@code fr-CA}, {@code FR}), or empty for an
   * unknown, blank or malformed one.
   */
  public static Optional<Locale> of(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /**
   * The cookie that remembers {@code language} on this browser for the application at {@code
   * contextPath} (HttpOnly, SameSite=Lax, a year); with null, a cookie that deletes it.
   */
  public static Cookie cookie(String contextPath, Locale language) {
    Cookie cookie = new Cookie(COOKIE, language == null ? "" : language.getLanguage());
    cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
    cookie.setMaxAge(language == null ? 0 : COOKIE_MAX_AGE);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** The language an email to someone is written in: their choice, else {@code otherwise}. */
  public static Locale forMail(String chosen, Locale otherwise) {
    return of(chosen)
        .orElseGet(() -> of(otherwise == null ? null : otherwise.getLanguage()).orElse(DEFAULT));
  }
}
