package org.painwise.quiz;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.painwise.config.HtmlSanitizer;
import org.painwise.quiz.format.TextFormat;

/**
 * Turns the texts of questions into safe HTML. Everything an educator writes or imports goes
 * through the one authored-HTML policy ({@link HtmlSanitizer}), so a {@code <script>} in a question
 * never runs for a patient.
 */
public final class QuizText {

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  private QuizText() {}

  /** Safe HTML for a text in the given format. Plain text is escaped; line breaks are kept. */
  public static String toHtml(String text, TextFormat format) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return switch (format) {
      case PLAIN -> escape(text).replace("\n", "<br />");
      case HTML -> sanitise(text);
      case MOODLE -> sanitise(text.replace("\n", "<br />"));
      case MARKDOWN -> sanitise(RENDERER.render(MARKDOWN.parse(text)));
    };
  }

  /** Removes anything from authored HTML that could run or restyle the page. */
  public static String sanitise(String html) {
    return HtmlSanitizer.sanitize(html);
  }

  /** The text with its markup removed, for titles and tables. */
  public static String plain(String text) {
    return text.replaceAll("<[^>]*>", "").strip();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
