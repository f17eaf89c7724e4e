package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

  private final GiftWriter writer = new GiftWriter();
  private final GiftReader reader = new GiftReader();

  private ParsedQuestion reread(ParsedQuestion q) {
    ParseResult r = reader.read(writer.write(List.of(q)));
    assertEquals(List.of(), r.problems(), () -> writer.write(q));
    assertEquals(1, r.questions().size());
    return r.questions().get(0).withLine(q.line());
  }

  @Test
  void writesThePainwiseLayout() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
            .title("Q1 Hurt and harm")
            .text("Stem text")
            .choice(Choice.correct("Right answer", "Why it is right."))
            .choice(Choice.wrong("Wrong answer", "Why it is wrong."))
            .generalFeedback("General explanation.")
            .tag("hurt-not-harm")
            .page("what-pain-is#why-pain-can-linger")
            .idNumber("7")
            .build();
    assertEquals(
        """
                // [tag:hurt-not-harm]
                // [page:what-pain-is#why-pain-can-linger]
                // [id:7]
                ::Q1 Hurt and harm:: Stem text {
                  =Right answer #Why it is right.
                  ~Wrong answer #Why it is wrong.
                  ####General explanation.
                }
                """,
        writer.write(q));
  }

  @Test
  void escapesEverySpecialCharacter() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.TRUE_FALSE)
            .title("a::b")
            .text("x ~ = # { } : \\ end\nnext")
            .choices(new TrueFalseAnswer(true, "r#1", "w=2").toChoices())
            .build();
    String gift = writer.write(q);
    assertEquals(
        "::a\\:\\:b:: x \\~ \\= \\# \\{ \\} \\: \\\\ end\\nnext {TRUE#w\\=2#r\\#1}\n", gift);
    assertEquals(q, reread(q));
  }

  @Test
  void writesCategoryLinesOnlyWhenTheCategoryChanges() {
    ParsedQuestion a =
        ParsedQuestion.builder(QuestionType.TRUE_FALSE)
            .text("A")
            .choices(new TrueFalseAnswer(true, "", "").toChoices())
            .category("one")
            .build();
    ParsedQuestion b = a.toBuilder().text("B").build();
    ParsedQuestion c = a.toBuilder().text("C").category("two").build();
    String gift = writer.write(List.of(a, b, c));
    assertEquals("$CATEGORY: one\n\nA {TRUE}\n\nB {TRUE}\n\n$CATEGORY: two\n\nC {TRUE}\n\n", gift);
    assertEquals(List.of(a, b, c), TestFiles.withoutLines(reader.read(gift).questions()));
  }

  @Test
  void weightsAreWrittenOnlyWhenNeeded() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.MULTIPLE_CHOICE)
            .text("Pick")
            .choice(Choice.of("a", new BigDecimal("33.33333"), ""))
            .choice(Choice.of("b", new BigDecimal("66.66667"), ""))
            .choice(Choice.of("c", -100, ""))
            .choice(Choice.wrong("d", ""))
            .build();
    assertEquals("Pick {\n  ~%33.33333%a\n  ~%66.66667%b\n  ~%-100%c\n  ~d\n}\n", writer.write(q));
    assertEquals(q, reread(q));
  }

  @Test
  void answerStartingWithPercentGetsAnExplicitWeight() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
            .text("How many?")
            .choice(Choice.correct("%50 of them", ""))
            .choice(Choice.wrong("%10% or so", ""))
            .build();
    assertTrue(writer.write(q).contains("=%100%%50 of them"));
    assertTrue(writer.write(q).contains("~%0%%10% or so"));
    assertEquals(q, reread(q));
  }

  @Test
  void textThatLooksLikeAFormatPrefixIsProtected() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
            .text("[html] is literal here")
            .choice(Choice.correct("[plain]x", "[markdown]y"))
            .choice(Choice.wrong("b", ""))
            .build();
    String gift = writer.write(q);
    assertTrue(gift.startsWith("[moodle][html] is literal here"), gift);
    assertEquals(q, reread(q));
  }

  @Test
  void stemStartingWithSlashesIsNotTakenForAComment() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.TRUE_FALSE)
            .text("// not a comment")
            .choices(new TrueFalseAnswer(false, "", "").toChoices())
            .build();
    assertEquals(q, reread(q));
  }

  @Test
  void missingWordIsWrittenInPlace() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SHORT_ANSWER)
            .text("The _____ is big.")
            .choice(Choice.correct("elephant", ""))
            .build();
    assertEquals("The {\n  =elephant\n} is big.\n", writer.write(q));
    assertEquals(q, reread(q));
  }

  @Test
  void blankAtTheEndStaysInTheStem() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SHORT_ANSWER)
            .text("Fill in: _____")
            .choice(Choice.correct("x", ""))
            .build();
    assertEquals(q, reread(q));
  }

  @Test
  void singleChoiceWithoutFullMarkAnswerKeepsItsType() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
            .text("Best?")
            .choice(Choice.of("good", 50, ""))
            .choice(Choice.of("ok", 25, ""))
            .build();
    String gift = writer.write(q);
    assertTrue(gift.contains("=%50%good"), gift);
    ParseResult r = reader.read(gift);
    assertEquals(q, r.questions().get(0).withLine(0));
  }

  @Test
  void singleChoiceWhereEveryAnswerIsRightStaysAChoiceQuestion() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
            .text("Either")
            .choice(Choice.correct("a", ""))
            .choice(Choice.correct("b", ""))
            .build();
    assertEquals(q, reread(q));
  }

  @Test
  void numericForms() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.NUMERIC)
            .text("Pi?")
            .choice(
                Choice.numeric(NumericAnswer.of("3.14", "0.01"), BigDecimal.valueOf(100), "Good"))
            .choice(
                Choice.numeric(
                    NumericAnswer.range(new BigDecimal("3"), new BigDecimal("3.5")),
                    BigDecimal.valueOf(50),
                    ""))
            .choice(Choice.anyOtherNumber(BigDecimal.ZERO, "No"))
            .build();
    assertEquals("Pi? {#\n  =3.14:0.01 #Good\n  =%50%3.25:0.25\n  ~ #No\n}\n", writer.write(q));
    assertEquals(q, reread(q));
  }

  @Test
  void catchAllThatIsNotLastIsWrittenWithAnEqualsSign() {
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.NUMERIC)
            .text("N?")
            .choice(Choice.anyOtherNumber(BigDecimal.ZERO, "first"))
            .choice(
                Choice.numeric(NumericAnswer.exact(BigDecimal.ONE), BigDecimal.valueOf(100), ""))
            .build();
    assertEquals(q, reread(q));
  }

  @Test
  void writesToAWriter() {
    StringWriter out = new StringWriter();
    ParsedQuestion q =
        ParsedQuestion.builder(QuestionType.TRUE_FALSE)
            .text("A")
            .choices(new TrueFalseAnswer(true, "", "").toChoices())
            .build();
    writer.write(List.of(q), out);
    assertEquals("A {TRUE}\n\n", out.toString());
  }

  @Test
  void nullsThrowTheLibrarysException() {
    assertThrows(QuizFormatException.class, () -> writer.write((List<ParsedQuestion>) null));
    List<ParsedQuestion> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(QuizFormatException.class, () -> writer.write(withNull));
  }
}
