package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoodleXmlReaderTest {

  private final MoodleXmlReader reader = new MoodleXmlReader();

  private static String quiz(String questions) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "\n</quiz>\n";
  }

  @Nested
  class MoodleExport {
    private final ParseResult result = reader.read(TestFiles.resource("moodle-export.xml"));

    private ParsedQuestion question(String title) {
      return result.questions().stream()
          .filter(q -> q.title().equals(title))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void readsTheSupportedQuestionsAndReportsTheOthersByName() {
      assertEquals(
          List.of("Q1 Hurt and harm", "Q2 Several", "Q3 TF", "Q4 Match", "Q5 Short", "Q6 Number"),
          result.questions().stream().map(ParsedQuestion::title).toList());
      assertEquals(
          List.of("essay", "cloze", "description"),
          result.unsupported().stream().map(Problem::unsupportedType).toList());
      assertEquals(3, result.problems().size(), result.problems()::toString);
      Problem essay = result.unsupported().get(0);
      assertEquals("quiz_import.problem.unsupportedTypeTitled", essay.key());
      assertEquals(List.of("Q7 Essay", "essay"), essay.args());
      assertTrue(essay.line() > 150, essay::describe);
    }

    @Test
    void singleChoiceWithCdataFormatIdTagsAndPage() {
      ParsedQuestion q = question("Q1 Hurt and harm");
      assertEquals(QuestionType.SINGLE_CHOICE, q.type());
      assertEquals(TextFormat.HTML, q.format());
      assertEquals("<p>Does <b>hurt</b> always mean harm?</p>", q.text());
      assertEquals("<p>Hurt does not always mean harm.</p>", q.generalFeedback());
      assertEquals(
          List.of(Choice.correct("<p>No</p>", "Right & well done."), Choice.wrong("Yes", "")),
          q.choices());
      assertEquals("PW-1", q.idNumber());
      assertEquals(List.of("hurt-not-harm"), q.tags());
      assertEquals("what-pain-is#why-pain-can-linger", q.page());
      assertEquals("$course$/top/Pain basics", q.category());
      assertEquals(14, q.line());
    }

    @Test
    void multipleChoice() {
      ParsedQuestion q = question("Q2 Several");
      assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
      assertEquals(TextFormat.MOODLE, q.format());
      assertEquals(
          List.of(Choice.of("A", 50, ""), Choice.of("B", 50, ""), Choice.of("C", -100, "Not C.")),
          q.choices());
    }

    @Test
    void trueFalse() {
      ParsedQuestion q = question("Q3 TF");
      assertEquals(TextFormat.PLAIN, q.format());
      assertEquals(
          new TrueFalseAnswer(true, "Yes, it is.", "No, the brain makes it."),
          q.trueFalseAnswer().orElseThrow());
    }

    @Test
    void matching() {
      ParsedQuestion q = question("Q4 Match");
      assertEquals(TextFormat.MARKDOWN, q.format());
      assertEquals(
          List.of(
              Choice.pair("<p>Sharp</p>", "Sudden"),
              Choice.pair("Dull", "Heavy"),
              Choice.pair("Burning", "Hot")),
          q.choices());
    }

    @Test
    void shortAnswer() {
      assertEquals(
          List.of(Choice.correct("spinal cord", "Right."), Choice.of("spine", 50, "Nearly.")),
          question("Q5 Short").choices());
    }

    @Test
    void numerical() {
      assertEquals(
          List.of(
              Choice.numeric(NumericAnswer.of("3.14", "0.01"), BigDecimal.valueOf(100), "Good."),
              Choice.anyOtherNumber(BigDecimal.ZERO, "No.")),
          question("Q6 Number").choices());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "essay",
        "calculated",
        "calculatedsimple",
        "calculatedmulti",
        "ddwtos",
        "gapselect",
        "multianswer",
        "cloze",
        "description",
        "random",
        "randomsamatch",
        "ddimageortext",
        "ordering"
      })
  void unsupportedTypesAreReportedByNameAndSkipped(String type) {
    ParseResult r =
        reader.read(
            quiz(
                "<question type=\""
                    + type
                    + "\"><name><text>X</text></name></question>"
                    + "<question type=\"truefalse\"><questiontext><text>Still read</text></questiontext>"
                    + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                    + "</question>"));
    assertEquals(type, r.unsupported().get(0).unsupportedType());
    assertEquals(1, r.problems().size());
    assertEquals("Still read", r.questions().get(0).text());
  }

  @Nested
  class Malformed {
    @Test
    void brokenXmlIsOneProblemWithLineAndColumn() {
      ParseResult r =
          reader.read(
              "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"truefalse\">\n"
                  + "    <name><text>x</name>\n</quiz>");
      assertTrue(r.questions().isEmpty());
      assertEquals(1, r.problems().size());
      Problem p = r.problems().get(0);
      assertEquals(4, p.line());
      assertTrue(p.column() > 0);
      assertEquals("quiz_import.problem.invalidXml", p.key(), p::describe);
      assertEquals(1, p.args().size(), p::describe);
      assertFalse(p.args().get(0).isBlank(), p::describe);
    }

    @Test
    void emptyInput() {
      ParseResult r = reader.read("");
      assertEquals(1, r.errors().size());
    }

    @Test
    void wrongRootElement() {
      ParseResult r = reader.read("<questions/>");
      assertEquals("quiz_import.problem.notAQuiz", r.errors().get(0).key());
      assertEquals(List.of("questions"), r.errors().get(0).args());
    }

    @Test
    void questionWithoutType() {
      ParseResult r = reader.read(quiz("<question><name><text>N</text></name></question>"));
      assertEquals("quiz_import.problem.noTypeTitled", r.errors().get(0).key());
      assertEquals(List.of("N"), r.errors().get(0).args());
    }

    @Test
    void badFraction() {
      ParseResult r =
          reader.read(
              quiz(
                  "<question type=\"multichoice\"><questiontext><text>Q</text></questiontext>\n"
                      + "<answer fraction=\"lots\"><text>a</text></answer>\n<answer fraction=\"0\"><text>b</text></answer>"
                      + "</question>"));
      assertTrue(r.questions().isEmpty());
      Problem p = r.errors().get(0);
      assertEquals(4, p.line());
      assertEquals("quiz_import.problem.fractionNotANumber", p.key(), p::describe);
      assertEquals(List.of("lots"), p.args(), p::describe);
    }

    @Test
    void noCorrectAnswerUsesAnXmlHint() {
      ParseResult r =
          reader.read(
              quiz(
                  "<question type=\"multichoice\"><questiontext><text>Q</text></questiontext>"
                      + "<answer fraction=\"0\"><text>a</text></answer><answer fraction=\"0\"><text>b</text></answer>"
                      + "</question>"));
      assertEquals(
          "quiz_import.problem.noCorrectAnswer",
          r.errors().get(0).key(),
          r.errors().get(0)::describe);
    }

    @Test
    void trueFalseWithoutFalseAnswer() {
      ParseResult r =
          reader.read(
              quiz(
                  "<question type=\"truefalse\"><questiontext><text>Q</text></questiontext>"
                      + "<answer fraction=\"100\"><text>true</text></answer></question>"));
      assertEquals("quiz_import.problem.trueFalseAnswerElements", r.errors().get(0).key());
    }

    @Test
    void badNumber() {
      ParseResult r =
          reader.read(
              quiz(
                  "<question type=\"numerical\"><questiontext><text>Q</text></questiontext>"
                      + "<answer fraction=\"100\"><text>pi</text><tolerance>0</tolerance></answer></question>"));
      assertEquals("quiz_import.problem.numericNotANumber", r.errors().get(0).key());
      assertEquals(List.of("pi"), r.errors().get(0).args());
    }
  }

  @Nested
  class Security {
    @Test
    void externalEntityIsRefusedAndNothingIsRead(@TempDir File dir) throws IOException {
      File secret = new File(dir, "secret.txt");
      Files.writeString(secret.toPath(), "TOP-SECRET");
      String xml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \""
              + secret.toURI()
              + "\">]>\n"
              + "<quiz><question type=\"shortanswer\"><questiontext><text>&xxe;</text></questiontext>"
              + "<answer fraction=\"100\"><text>a</text></answer></question></quiz>";
      ParseResult r = reader.read(xml);
      assertTrue(r.questions().isEmpty());
      assertEquals(1, r.problems().size());
      assertEquals(2, r.problems().get(0).line());
      assertEquals(
          "quiz_import.problem.doctype", r.problems().get(0).key(), r.problems().get(0)::describe);
      assertTrue(r.problems().toString().indexOf("TOP-SECRET") < 0);
    }

    @Test
    void entityExpansionBombIsRefused() {
      String xml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
              + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><quiz>&lol2;</quiz>";
      ParseResult r = reader.read(xml);
      assertTrue(r.questions().isEmpty());
      assertEquals(1, r.errors().size());
    }
  }

  @Test
  void readsAStreamInTheEncodingItDeclares() {
    String xml =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><quiz><question type=\"truefalse\">"
            + "<questiontext><text>Caf\u00e9 na\u00efve?</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
            + "</question></quiz>";
    ParseResult r =
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("Caf\u00e9 na\u00efve?", r.questions().get(0).text());
  }

  @Test
  void invalidBytesAreAProblemNotAnException() {
    byte[] bytes = {
      '<',
      'q',
      'u',
      'i',
      'z',
      '>',
      (byte) 0xC3,
      (byte) 0x28,
      (byte) 0xFF,
      '<',
      '/',
      'q',
      'u',
      'i',
      'z',
      '>'
    };
    ParseResult r = reader.read(new ByteArrayInputStream(bytes));
    assertEquals(1, r.errors().size());
    Problem p = r.errors().get(0);
    assertTrue(
        p.key().equals("quiz_import.problem.encoding")
            || p.key().equals("quiz_import.problem.invalidXml")
                && p.args().get(0).contains("UTF-8"),
        p::describe);
  }

  @Test
  void missingFractionMeansZeroAndMissingFormatMeansMoodle() {
    ParseResult r =
        reader.read(
            quiz(
                "<question type=\"multichoice\"><questiontext><text>Q</text></questiontext>"
                    + "<answer fraction=\"100\"><text>a</text></answer><answer><text>b</text></answer></question>"));
    ParsedQuestion q = r.questions().get(0);
    assertEquals(TextFormat.MOODLE, q.format());
    assertEquals(BigDecimal.ZERO, q.choices().get(1).weight());
  }

  @Test
  void ioFailureThrowsTheLibrarysException() {
    java.io.Reader failing =
        new java.io.Reader() {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            throw new IOException("network gone");
          }

          @Override
          public void close() {}
        };
    QuizFormatException e = assertThrows(QuizFormatException.class, () -> reader.read(failing));
    assertTrue(e.getMessage().contains("network gone"));
  }

  @Test
  void nullInputThrowsTheLibrarysException() {
    assertThrows(QuizFormatException.class, () -> reader.read((String) null));
    assertThrows(QuizFormatException.class, () -> reader.read((java.io.InputStream) null));
  }
}
