package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Language tags people send (cookie, form) map onto the supported languages only. */
class LanguagesTest {

  @Test
  void aTagNamesASupportedLanguageOrNothing() {
    assertEquals(Optional.of(Locale.FRENCH), Languages.of("fr"));
    assertEquals(Optional.of(Locale.FRENCH), Languages.of("fr-CA"));
    assertEquals(Optional.of(Locale.FRENCH), Languages.of("FR_ca"));
    assertEquals(Optional.of(Locale.ENGLISH), Languages.of(" en "));
    assertEquals(Optional.empty(), Languages.of("de"));
    assertEquals(Optional.empty(), Languages.of(""));
    assertEquals(Optional.empty(), Languages.of(null));
    assertEquals(Optional.empty(), Languages.of("<script>"));
  }

  @Test
  void mailIsInTheChosenLanguageElseTheOtherElseEnglish() {
    assertEquals(Locale.FRENCH, Languages.forMail("fr", Locale.ENGLISH));
    assertEquals(Locale.FRENCH, Languages.forMail(null, Locale.CANADA_FRENCH));
    assertEquals(Locale.ENGLISH, Languages.forMail(null, Locale.GERMAN));
    assertEquals(Locale.ENGLISH, Languages.forMail("xx", null));
  }

  @Test
  void theCookieIsHttpOnlySameSiteLaxForAYearOnTheApplicationsPath() {
    Cookie cookie = Languages.cookie("/painwise", Locale.FRENCH);
    assertEquals(Languages.COOKIE, cookie.getName());
    assertEquals("fr", cookie.getValue());
    assertEquals("/painwise", cookie.getPath());
    assertEquals(365 * 24 * 3600, cookie.getMaxAge());
    assertTrue(cookie.isHttpOnly());
    assertEquals("Lax", cookie.getAttribute("SameSite"));
    assertEquals("/", Languages.cookie("", Locale.ENGLISH).getPath());
    assertEquals(0, Languages.cookie("", null).getMaxAge(), "null deletes it");
  }

  @Test
  void aLocaleGivesItsLanguageWhenSupportedElseEnglish() {
    assertEquals("fr", Languages.contentOf(Locale.CANADA_FRENCH));
    assertEquals("en", Languages.contentOf(Locale.GERMAN));
    assertEquals("en", Languages.contentOf(null));
  }

  @Test
  void nullIsNeitherSupportedNorTranslated() {
    assertTrue(Languages.isTranslated("fr"));
    assertFalse(Languages.isTranslated("en"), "English is the base, not a translation");
    assertFalse(Languages.isTranslated(null));
    assertFalse(Languages.isSupported(null));
    assertTrue(Languages.isSupported("en"));
  }
}
