package org.painwise.config;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A small HTML page for a request that is refused before the application sees it (a cross-site
 * post, a form too large to read): no Faces, no session, and nothing of the request echoed back.
 * The text comes from {@code i18n/messages}, in English or French after {@code Accept-Language}.
 */
public final class PlainAnswer {

  private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  private PlainAnswer() {}

  /** Cross-site or unproven state-changing request. */
  public static final String REFUSED = "request.refused";

  /** A REST call that is not JSON. */
  public static final String UNSUPPORTED = "request.unsupported";

  /** A form too large to read. */
  public static final String TOO_LARGE = "request.too_large";

  /** A postback that waited too long for the one before it on the same page (ViewLocks). */
  public static final String BUSY = "request.busy";

  /**
   * The page for {@code prefix} ({@link #REFUSED}, {@link #UNSUPPORTED}, {@link #TOO_LARGE}, {@link
   * #BUSY}), with a link to {@code homePath}.
   */
  public static String html(String prefix, String acceptLanguage, String homePath) {
    Locale locale = locale(acceptLanguage);
    ResourceBundle bundle =
        ResourceBundle.getBundle("i18n.messages", locale, PlainAnswer.class.getClassLoader());
    String heading = bundle.getString(prefix + ".heading");
    return "<!DOCTYPE html><html lang=\""
        + locale.getLanguage()
        + "\"><head><meta charset=\"UTF-8\"><title>"
        + escape(heading)
        + "</title></head><body><main><h1 id=\"refused\">"
        + escape(heading)
        + "</h1><p>"
        + escape(bundle.getString(prefix + ".text"))
        + "</p><p><a href=\""
        + escape(homePath)
        + "\">"
        + escape(bundle.getString("error.link.home"))
        + "</a></p></main></body></html>";
  }

  static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage.strip()), SUPPORTED);
      return best == null ? Locale.ENGLISH : best;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
