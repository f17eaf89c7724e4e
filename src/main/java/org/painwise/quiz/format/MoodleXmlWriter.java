package org.painwise.quiz.format;

import java.util.List;

/**
 * Writes {@link ParsedQuestion}s as a Moodle XML quiz that {@link MoodleXmlReader} (and Moodle)
 * reads back to the same questions.
 *
 * <p>A {@code category} pseudo-question is written whenever the category changes. The page link is
 * written as a tag {@code page:slug#anchor}. Texts with markup characters go in CDATA sections.
 * Characters that XML 1.0 cannot hold (most control characters) are dropped.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MoodleXmlWriter implements QuizWriter {

  @Override
  public String write(List<ParsedQuestion> questions) {
    QuizFormatException.requireNonNull(questions, "questions");
    Xml xml = new Xml();
    xml.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    xml.line(0, "<quiz>");
    String category = "";
    for (ParsedQuestion q : questions) {
      QuizFormatException.requireNonNull(q, "question");
      if (!q.category().equals(category)) {
        category = q.category();
        xml.line(1, "<question type=\"category\">");
        xml.textElement(2, "category", null, category);
        xml.line(1, "</question>");
      }
      writeQuestion(q, xml);
    }
    xml.line(0, "</quiz>");
    return xml.toString();
  }

  private void writeQuestion(ParsedQuestion q, Xml xml) {
    String format = q.format().moodleXmlName();
    xml.line(1, "<question type=\"" + typeName(q.type()) + "\">");
    xml.textElement(2, "name", null, q.title());
    xml.textElement(2, "questiontext", format, q.text());
    xml.textElement(2, "generalfeedback", format, q.generalFeedback());
    xml.line(2, "<defaultgrade>1</defaultgrade>");
    xml.line(
        2, "<penalty>" + (q.type() == QuestionType.TRUE_FALSE ? "1" : "0.3333333") + "</penalty>");
    xml.line(2, "<hidden>0</hidden>");
    xml.line(2, "<idnumber>" + Xml.escape(q.idNumber()) + "</idnumber>");
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        xml.line(2, "<single>" + (q.type() == QuestionType.SINGLE_CHOICE) + "</single>");
        xml.line(2, "<shuffleanswers>true</shuffleanswers>");
        xml.line(2, "<answernumbering>abc</answernumbering>");
        q.choices()
            .forEach(
                c -> answer(xml, format, c.weight().toPlainString(), c.text(), null, c.feedback()));
      }
      case TRUE_FALSE ->
          q.choices()
              .forEach(
                  c ->
                      answer(
                          xml,
                          format,
                          c.weight().toPlainString(),
                          c.text().toLowerCase(java.util.Locale.ROOT),
                          null,
                          c.feedback()));
      case SHORT_ANSWER -> {
        xml.line(2, "<usecase>0</usecase>");
        q.choices()
            .forEach(
                c -> answer(xml, format, c.weight().toPlainString(), c.text(), null, c.feedback()));
      }
      case NUMERIC ->
          q.choices()
              .forEach(
                  c ->
                      answer(
                          xml,
                          format,
                          c.weight().toPlainString(),
                          c.numeric() == null ? c.text() : Decimals.format(c.numeric().value()),
                          c.numeric() == null ? "0" : Decimals.format(c.numeric().tolerance()),
                          c.feedback()));
      case MATCHING -> {
        xml.line(2, "<shuffleanswers>true</shuffleanswers>");
        for (Choice c : q.choices()) {
          xml.line(2, "<subquestion format=\"" + format + "\">");
          xml.line(3, "<text>" + Xml.text(c.text()) + "</text>");
          xml.line(3, "<answer>");
          xml.line(4, "<text>" + Xml.text(c.matchText()) + "</text>");
          xml.line(3, "</answer>");
          xml.line(2, "</subquestion>");
        }
      }
      default -> throw new IllegalStateException("unknown type " + q.type());
    }
    if (!q.tags().isEmpty() || !q.page().isEmpty()) {
      xml.line(2, "<tags>");
      if (!q.page().isEmpty()) {
        xml.textElement(3, "tag", null, MoodleXmlReader.PAGE_TAG_PREFIX + q.page());
      }
      q.tags().forEach(t -> xml.textElement(3, "tag", null, t));
      xml.line(2, "</tags>");
    }
    xml.line(1, "</question>");
  }

  private static void answer(
      Xml xml, String format, String fraction, String text, String tolerance, String feedback) {
    xml.line(2, "<answer fraction=\"" + fraction + "\" format=\"" + format + "\">");
    xml.line(3, "<text>" + Xml.text(text) + "</text>");
    if (tolerance != null) {
      xml.line(3, "<tolerance>" + tolerance + "</tolerance>");
    }
    xml.textElement(3, "feedback", format, feedback);
    xml.line(2, "</answer>");
  }

  private static String typeName(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
      case TRUE_FALSE -> "truefalse";
      case MATCHING -> "matching";
      case SHORT_ANSWER -> "shortanswer";
      case NUMERIC -> "numerical";
    };
  }

  /** A tiny indenting XML text builder. */
  private static final class Xml {
    private final StringBuilder out = new StringBuilder();

    void line(int depth, String content) {
      out.append("  ".repeat(depth)).append(content).append('\n');
    }

    /** Writes {@code <name format="..."><text>value</text></name>}. */
    void textElement(int depth, String name, String format, String value) {
      line(depth, "<" + name + (format == null ? "" : " format=\"" + format + "\"") + ">");
      line(depth + 1, "<text>" + text(value) + "</text>");
      line(depth, "</" + name + ">");
    }

    /**
     * @return the text as element content: in CDATA if it holds markup characters, escaped
     *     otherwise
     */
    static String text(String value) {
      String clean = validXml(value);
      if (clean.indexOf('<') < 0 && clean.indexOf('&') < 0) {
        return escape(clean);
      }
      return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String escape(String value) {
      return validXml(value)
          .replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");
    }

    /**
     * @return {@code s} without the characters XML 1.0 cannot hold (and with unpaired surrogates
     *     dropped)
     */
    private static String validXml(String s) {
      StringBuilder b = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean ok;
        if (Character.isHighSurrogate(c)) {
          ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (ok) {
            if (b != null) {
              b.append(c).append(s.charAt(i + 1));
            }
            i++;
            continue;
          }
        } else if (Character.isLowSurrogate(c)) {
          ok = false;
        } else {
          ok =
              c == '\t'
                  || c == '\n'
                  || c == '\r'
                  || (c >= 0x20 && c <= 0xD7FF)
                  || (c >= 0xE000 && c <= 0xFFFD);
        }
        if (!ok && b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        } else if (ok && b != null) {
          b.append(c);
        }
      }
      return b == null ? s : b.toString();
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
