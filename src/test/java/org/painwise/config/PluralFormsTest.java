package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts read as proper language in both bundles: no "(s)" or "(e)s" stand-ins, and the counted
 * messages pick the singular or plural with a {@code choice} format ("1 assignment made", "2
 * assignments made"; in French 0 and 1 are singular).
 */
class PluralFormsTest {

  private static final Path I18N = Path.of("src/main/resources/i18n");
  private static final Pattern STAND_IN = Pattern.compile("\\((s|e|es|x)\\)");

  @Test
  void noBundleCountsWithAStandInPlural() throws IOException {
    List<String> found = new ArrayList<>();
    for (String file : List.of("messages.properties", "messages_fr.properties")) {
      Properties p = load(file);
      p.forEach(
          (k, v) -> {
            if (STAND_IN.matcher((String) v).find()) {
              found.add(file + ": " + k + "=" + v);
            }
          });
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theAssignmentCountsAgreeWithTheirNumberInEnglish() throws IOException {
    Properties en = load("messages.properties");
    String made = en.getProperty("therapist_clients.message.info.assigned");
    assertEquals("No assignment made.", format(made, Locale.ENGLISH, 0));
    assertEquals("1 assignment made.", format(made, Locale.ENGLISH, 1));
    assertEquals("2 assignments made.", format(made, Locale.ENGLISH, 2));
    String dialog = en.getProperty("therapist_clients.dialog.text");
    assertEquals("Assign to 1 selected client.", format(dialog, Locale.ENGLISH, 1));
    assertEquals("Assign to 3 selected clients.", format(dialog, Locale.ENGLISH, 3));
    String skipped = en.getProperty("therapist_clients.message.warn.skipped");
    assertTrue(format(skipped, Locale.ENGLISH, 1, "Ann (M)").startsWith("1 assignment was "));
    assertTrue(format(skipped, Locale.ENGLISH, 2, "Ann (M); Bo (M)").startsWith("2 assignments "));
  }

  @Test
  void theAssignmentCountsAgreeWithTheirNumberInFrench() throws IOException {
    Properties fr = load("messages_fr.properties");
    String made = fr.getProperty("therapist_clients.message.info.assigned");
    assertEquals("Aucune assignation faite.", format(made, Locale.CANADA_FRENCH, 0));
    assertEquals("1 assignation faite.", format(made, Locale.CANADA_FRENCH, 1));
    assertEquals("2 assignations faites.", format(made, Locale.CANADA_FRENCH, 2));
    String dialog = fr.getProperty("therapist_clients.dialog.text");
    assertEquals("Assigner à 1 client choisi.", format(dialog, Locale.CANADA_FRENCH, 1));
    assertEquals("Assigner à 3 clients choisis.", format(dialog, Locale.CANADA_FRENCH, 3));
    String skipped = fr.getProperty("therapist_clients.message.warn.skipped");
    assertTrue(format(skipped, Locale.CANADA_FRENCH, 1, "A (M)").startsWith("1 assignation a "));
    assertTrue(format(skipped, Locale.CANADA_FRENCH, 2, "A (M)").startsWith("2 assignations ont"));
  }

  private static String format(String pattern, Locale locale, Object... args) {
    return new MessageFormat(pattern, locale).format(args);
  }

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
