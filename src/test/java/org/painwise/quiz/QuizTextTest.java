package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.TextFormat;

class QuizTextTest {

  @Test
  void scriptsNeverSurviveInAnyFormat() {
    String evil = "Hi <script>alert(1)</script><img src=x onerror=alert(2)> <b>bold</b>";
    for (TextFormat format : TextFormat.values()) {
      String html = QuizText.toHtml(evil, format);
      assertFalse(html.contains("<script"), format + ": " + html);
      assertFalse(html.contains("<img"), format + ": " + html);
    }
    assertTrue(QuizText.toHtml(evil, TextFormat.HTML).contains("<b>bold</b>"));
  }

  @Test
  void plainTextIsEscapedAndKeepsLineBreaks() {
    assertEquals("a &lt; b<br />c", QuizText.toHtml("a < b\nc", TextFormat.PLAIN));
  }

  @Test
  void markdownIsRendered() {
    assertTrue(
        QuizText.toHtml("**strong**", TextFormat.MARKDOWN).contains("<strong>strong</strong>"));
  }

  @Test
  void importedHtmlIsSanitisedBeforeItIsStored() {
    var parsed = new GiftReader().read("[html]Why <script>alert(1)</script>pain? {T}").questions();
    QuestionDraft draft = QuestionMapping.fromParsed(parsed.get(0));
    assertFalse(draft.getStem().contains("script"), draft.getStem());
    assertTrue(draft.getStem().startsWith("Why"));
  }
}
