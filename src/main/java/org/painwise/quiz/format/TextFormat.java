package org.painwise.quiz.format;

import java.util.Locale;
import java.util.Optional;

/** The markup of a question's texts, as Moodle knows it. */
public enum TextFormat {
  /** Plain text. GIFT {@code [plain]}, Moodle XML {@code plain_text}. */
  PLAIN("plain", "plain_text"),
  /** HTML. GIFT {@code [html]}, Moodle XML {@code html}. */
  HTML("html", "html"),
  /** Markdown. GIFT {@code [markdown]}, Moodle XML {@code markdown}. */
  MARKDOWN("markdown", "markdown"),
  /**
   * Moodle auto-format, the default when GIFT gives no prefix. GIFT {@code [moodle]}, Moodle XML
   * {@code moodle_auto_format}.
   */
  MOODLE("moodle", "moodle_auto_format");

  private final String giftName;
  private final String moodleXmlName;

  TextFormat(String giftName, String moodleXmlName) {
    this.giftName = giftName;
    this.moodleXmlName = moodleXmlName;
  }

  /**
   * @return the name used in a GIFT prefix, e.g. {@code html} for {@code [html]}
   */
  public String giftName() {
    return giftName;
  }

  /**
   * @return the value of Moodle XML's {@code format} attribute, e.g. {@code moodle_auto_format}
   */
  public String moodleXmlName() {
    return moodleXmlName;
  }

  /**
   * @return the format whose GIFT name is {@code name} (case-insensitive), if any
   */
  public static Optional<TextFormat> fromGiftName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (TextFormat f : values()) {
      if (f.giftName.equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the format whose Moodle XML name is {@code name} (case-insensitive), if any
   */
  public static Optional<TextFormat> fromMoodleXmlName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (TextFormat f : values()) {
      if (f.moodleXmlName.equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
