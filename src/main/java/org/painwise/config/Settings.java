package org.painwise.config;

import java.util.Optional;

/** One setting read from a system property, else from its environment variable. */
final class Settings {

  private Settings() {}

  /** {@code painwise.a.b} from the system properties, else {@code PAINWISE_A_B} from the env. */
  static Optional<String> read(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
