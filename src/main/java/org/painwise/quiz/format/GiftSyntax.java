package org.painwise.quiz.format;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small pieces of GIFT syntax that both {@link GiftReader} and {@link GiftWriter} need. */
final class GiftSyntax {

  /** A text with its {@code [format]} prefix split off. */
  record Prefixed(Optional<TextFormat> format, String text) {}

  static final String CATEGORY = "$CATEGORY:";
  static final String COMMENT = "//";

  private static final Pattern PREFIX = Pattern.compile("^\\[([A-Za-z]+)]");
  private static final Pattern METADATA =
      Pattern.compile("\\[(tag|page|id):((?:\\\\.|[^]\\\\])*)]");

  private GiftSyntax() {}

  /**
   * Splits a leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]} off
   * {@code text}.
   */
  static Prefixed splitPrefix(String text) {
    Matcher m = PREFIX.matcher(text);
    if (m.find()) {
      Optional<TextFormat> format = TextFormat.fromGiftName(m.group(1));
      if (format.isPresent()) {
        return new Prefixed(format, text.substring(m.end()).strip());
      }
    }
    return new Prefixed(Optional.empty(), text);
  }

  /**
   * @return {@code text} without a leading format prefix
   */
  static String withoutPrefix(String text) {
    return splitPrefix(text).text();
  }

  /**
   * @return whether {@code text} starts with something a reader would take for a format prefix
   */
  static boolean startsWithPrefix(String text) {
    return splitPrefix(text).format().isPresent();
  }

  /**
   * Escapes a text so that a GIFT reader gives it back unchanged: {@code \ ~ = # { } :} and new
   * lines.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    String s = Texts.normaliseNewlines(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Calls {@code sink} with the key ({@code tag}, {@code page} or {@code id}) and value of each
   * {@code [key:value]} in a comment.
   */
  static void readMetadata(String comment, BiConsumer<String, String> sink) {
    Matcher m = METADATA.matcher(comment);
    while (m.find()) {
      String value = m.group(2).replaceAll("\\\\(.)", "$1").strip();
      if (!value.isEmpty()) {
        sink.accept(m.group(1), value);
      }
    }
  }

  /**
   * @return a {@code // [key:value]} comment line, with {@code ]} and {@code \} escaped and new
   *     lines flattened
   */
  static String metadataComment(String key, String value) {
    String v =
        value
            .replace("\\", "\\\\")
            .replace("]", "\\]")
            .replace('\r', ' ')
            .replace('\n', ' ')
            .strip();
    return COMMENT + " [" + key + ":" + v + "]";
  }
}
