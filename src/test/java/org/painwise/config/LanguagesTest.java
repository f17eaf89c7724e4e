package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The content languages: English and French, anything else (or nothing) as English. */
class LanguagesTest {

  @Test
  void aLocaleGivesItsLanguageWhenSupportedElseEnglish() {
    assertEquals("fr", Languages.of(Locale.CANADA_FRENCH));
    assertEquals("en", Languages.of(Locale.GERMAN));
    assertEquals("en", Languages.of(null));
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
