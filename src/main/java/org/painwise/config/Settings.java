package org.painwise.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One setting read from a system property, else from its environment variable. */
final class Settings {

  private Settings() {}

  /**
   * {@code painwise.a.bC} from the system properties, else {@code PAINWISE_A_B_C} from the
   * environment (a capital starts a word), else {@code PAINWISE_A_BC}, the older spelling.
   */
  static Optional<String> read(String property) {
    String value = System.getProperty(property);
    for (String name : environmentNames(property)) {
      if (value == null || value.isBlank()) {
        value = System.getenv(name);
      }
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The environment variables a property is read from, in order. */
  static List<String> environmentNames(String property) {
    String words = property.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    String plain = property.toUpperCase(Locale.ROOT).replace('.', '_');
    String split = words.toUpperCase(Locale.ROOT).replace('.', '_');
    return split.equals(plain) ? List.of(plain) : List.of(split, plain);
  }
}
