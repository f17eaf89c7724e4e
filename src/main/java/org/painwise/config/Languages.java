package org.painwise.config;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;

/**
 * The languages of the content: English, the base language that lessons and quizzes are written in,
 * and the languages they are translated into. A reader's language is the Faces view locale (from
 * the browser's languages, or the language the reader chose), reduced to one of these.
 */
public final class Languages {

  /** The language lessons and quizzes are written in, and the fallback of every translation. */
  public static final String BASE = "en";

  /** The languages lessons and quizzes are translated into. */
  public static final List<String> TRANSLATED = List.of("fr");

  /** Every content language, the base first. */
  public static final List<String> ALL = List.of(BASE, "fr");

  private Languages() {}

  /** The content language for a locale: its language when supported, else English. */
  public static String of(Locale locale) {
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
        : of(faces.getViewRoot().getLocale());
  }
}
