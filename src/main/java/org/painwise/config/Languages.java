package org.painwise.config;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface and of emails: English (the default) and Canadian French, the
 * bundles {@code i18n/messages(_fr)}. A person's choice is a language tag ({@code en}, {@code fr})
 * kept in the account, or in the {@link #COOKIE} while signed out; without one, pages follow the
 * browser's {@code Accept-Language} and emails are in {@link #DEFAULT}.
 *
 * <p>The same two languages are the content languages: English, the base language that lessons and
 * quizzes are written in, and the languages they are translated into. A reader's content language
 * is the Faces view locale, reduced to one of these.
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

  /** The language lessons and quizzes are written in, and the fallback of every translation. */
  public static final String BASE = "en";

  /** The languages lessons and quizzes are translated into. */
  public static final List<String> TRANSLATED = List.of("fr");

  /** Every content language, the base first. */
  public static final List<String> ALL = List.of(BASE, "fr");

  /** The content language for a locale: its language when supported, else English. */
  public static String contentOf(Locale locale) {
    String language = locale == null ? BASE : locale.getLanguage();
    return ALL.contains(language) ? language : BASE;
  }

  /** Whether this is a content language ("en", "fr"); false for null. */
  public static boolean isSupported(String language) {
    return language != null && ALL.contains(language);
  }

  /** Whether lessons and quizzes are translated into this language ("fr"); false for null. */
  public static boolean isTranslated(String language) {
    return language != null && TRANSLATED.contains(language);
  }

  /** The current view's content language; English outside a Faces request. */
  public static String ofView() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? BASE
        : contentOf(faces.getViewRoot().getLocale());
  }
}
