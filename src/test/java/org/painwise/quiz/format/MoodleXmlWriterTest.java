package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleXmlWriterTest {

  private final MoodleXmlWriter writer = new MoodleXmlWriter();
  private final MoodleXmlReader reader = new MoodleXmlReader();

  private ParsedQuestion reread(ParsedQuestion q) {
    ParseResult r = reader.read(writer.write(List.of(q)));
    assertEquals(List.of(), r.problems());
    return r.questions().get(0).withLine(q.line());
  }

  private static ParsedQuestion.Builder choiceQuestion() {
    return ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
        .title("T")
        .text("Stem")
        .choice(Choice.correct("a", ""))
        .choice(Choice.wrong("b", ""));
  }

  @Test
  void writesMoodleElements() {
    ParsedQuestion q =
        choiceQuestion()
            .format(TextFormat.HTML)
            .idNumber("ID-1")
            .tag("concept")
            .page("slug#anchor")
            .generalFeedback("Because.")
            .category("$course$/top/X")
            .build();
    String xml = writer.write(List.of(q));
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"), xml);
    assertTrue(
        xml.contains(
            "<question type=\"category\">\n    <category>\n      <text>$course$/top/X</text>"),
        xml);
    assertTrue(xml.contains("<question type=\"multichoice\">"), xml);
    assertTrue(xml.contains("<questiontext format=\"html\">"), xml);
    assertTrue(xml.contains("<idnumber>ID-1</idnumber>"), xml);
    assertTrue(xml.contains("<single>true</single>"), xml);
    assertTrue(xml.contains("<answer fraction=\"100\" format=\"html\">"), xml);
    assertTrue(xml.contains("<text>concept</text>"), xml);
    assertTrue(xml.contains("<text>page:slug#anchor</text>"), xml);
    assertEquals(q, reread(q));
  }

  @Test
  void markupGoesInCdataAndCdataEndIsSplit() {
    ParsedQuestion q = choiceQuestion().text("<p>a]]>b & c</p>").build();
    String xml = writer.write(List.of(q));
    assertTrue(xml.contains("<text><![CDATA[<p>a]]]]><![CDATA[>b & c</p>]]></text>"), xml);
    assertEquals(q, reread(q));
  }

  @Test
  void plainTextIsEscaped() {
    ParsedQuestion q = choiceQuestion().text("a > b \"quoted\"").build();
    assertTrue(writer.write(List.of(q)).contains("<text>a &gt; b &quot;quoted&quot;</text>"));
    assertEquals(q, reread(q));
  }

  @Test
  void charactersXmlCannotHoldAreDropped() {
    ParsedQuestion q =
        choiceQuestion().text("bell\u0007 nul\u0000 lone\uD800 pair\uD83D\uDE00").build();
    assertEquals("bell nul lone pair\uD83D\uDE00", reread(q).text());
  }

  @Test
  void eachTypeUsesMoodlesName() {
    assertTrue(
        writer
            .write(
                List.of(
                    ParsedQuestion.builder(QuestionType.TRUE_FALSE)
                        .text("x")
                        .choices(new TrueFalseAnswer(false, "r", "w").toChoices())
                        .build()))
            .contains("<question type=\"truefalse\">"));
    assertTrue(
        writer
            .write(
                List.of(
                    ParsedQuestion.builder(QuestionType.NUMERIC)
                        .text("x")
                        .choice(
                            Choice.numeric(
                                NumericAnswer.of("2", "0.5"), BigDecimal.valueOf(100), ""))
                        .build()))
            .contains("<text>2</text>\n      <tolerance>0.5</tolerance>"));
    assertTrue(
        writer
            .write(
                List.of(
                    ParsedQuestion.builder(QuestionType.MATCHING)
                        .text("x")
                        .choice(Choice.pair("a", "1"))
                        .build()))
            .contains("<subquestion format=\"moodle_auto_format\">"));
    assertTrue(
        writer
            .write(
                List.of(
                    ParsedQuestion.builder(QuestionType.SHORT_ANSWER)
                        .text("x")
                        .choice(Choice.correct("a", ""))
                        .build()))
            .contains("<question type=\"shortanswer\">"));
    assertTrue(
        writer
            .write(List.of(choiceQuestion().type(QuestionType.MULTIPLE_CHOICE).build()))
            .contains("<single>false</single>"));
  }

  @Test
  void trueFalseFeedbackSurvives() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.TRUE_FALSE)
            .text("x")
            .choices(new TrueFalseAnswer(false, "right!", "wrong!").toChoices())
            .build();
    assertEquals(q, reread(q));
  }

  @Test
  void categoryBackToNone() {
    ParsedQuestion a = choiceQuestion().category("one").build();
    ParsedQuestion b = choiceQuestion().build();
    assertEquals(
        List.of(a, b),
        TestFiles.withoutLines(reader.read(writer.write(List.of(a, b))).questions()));
  }

  @Test
  void nullsThrowTheLibrarysException() {
    assertThrows(QuizFormatException.class, () -> writer.write((List<ParsedQuestion>) null));
  }
}
