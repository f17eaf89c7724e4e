package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test (at least) for every GIFT construct the reader supports. */
class GiftReaderTest {

  private final GiftReader reader = new GiftReader();

  /** Reads a file that must hold exactly one question and no problems. */
  private ParsedQuestion one(String gift) {
    ParseResult result = reader.read(gift);
    assertEquals(List.of(), result.problems(), "problems");
    assertEquals(1, result.questions().size(), "questions");
    return result.questions().get(0);
  }

  private static BigDecimal pct(String s) {
    return new BigDecimal(s);
  }

  @Nested
  class Structure {
    @Test
    void blankLinesSeparateQuestions() {
      ParseResult r = reader.read("Q1 {=a ~b}\n\n\n   \nQ2 {T}\n\t\nQ3 {F}\n");
      assertEquals(
          List.of("Q1", "Q2", "Q3"), r.questions().stream().map(ParsedQuestion::text).toList());
      assertEquals(List.of(1, 5, 7), r.questions().stream().map(ParsedQuestion::line).toList());
    }

    @Test
    void commentLinesAreIgnoredEvenInsideTheAnswerBlock() {
      ParsedQuestion q = one("// a comment\nStem {\n  =a\n  // not an answer ~x\n  ~b\n}");
      assertEquals(List.of("a", "b"), q.choices().stream().map(Choice::text).toList());
    }

    @Test
    void questionMaySpanLinesAndKeepsNewlinesInTheStem() {
      ParsedQuestion q = one("First line\nsecond line {\n=a\n~b\n}");
      assertEquals("First line\nsecond line", q.text());
    }

    @Test
    void windowsLineEndingsAndByteOrderMark() {
      ParseResult r = reader.read("\uFEFF::T::Stem {\r\n=a\r\n~b\r\n}\r\n\r\nQ2 {T}\r\n");
      assertTrue(r.isClean(), r.problems()::toString);
      assertEquals("T", r.questions().get(0).title());
      assertEquals(2, r.questions().size());
    }

    @Test
    void emptyInputGivesNothing() {
      ParseResult r = reader.read("");
      assertTrue(r.questions().isEmpty());
      assertTrue(r.isClean());
    }

    @Test
    void sourceLineIsTheFirstLineOfTheQuestionNotOfItsComments() {
      ParsedQuestion q = one("\n// [tag:x]\n// [page:p]\n::T:: Stem {T}");
      assertEquals(4, q.line());
    }
  }

  @Nested
  class Metadata {
    @Test
    void tagPageAndIdComments() {
      ParsedQuestion q =
          one(
              "// [tag:hurt-not-harm]\n// [page:what-pain-is#why-pain-can-linger]\n"
                  + "// [id:Q-17]\n::Q1:: Stem {=a ~b}");
      assertAll(
          () -> assertEquals(List.of("hurt-not-harm"), q.tags()),
          () -> assertEquals("hurt-not-harm", q.conceptTag()),
          () -> assertEquals("what-pain-is#why-pain-can-linger", q.page()),
          () -> assertEquals("what-pain-is", q.pageSlug()),
          () -> assertEquals("why-pain-can-linger", q.pageAnchor()),
          () -> assertEquals("Q-17", q.idNumber()));
    }

    @Test
    void severalTagsOnOneLineAsMoodleWritesThem() {
      ParsedQuestion q =
          one(
              "// question: 12  name: x\n// [id:abc] [tag:first] [tag:second] [tag:first]\nStem {T}");
      assertEquals(List.of("first", "second"), q.tags());
      assertEquals("abc", q.idNumber());
    }

    @Test
    void escapedBracketInsideAValue() {
      ParsedQuestion q = one("// [id:a\\]b]\nStem {T}");
      assertEquals("a]b", q.idNumber());
    }

    @Test
    void metadataInACommentOnlyBlockGoesToTheNextQuestion() {
      ParseResult r = reader.read("// [tag:x]\n// [page:p#a]\n\n::Q:: Stem {T}\n\n::R:: Other {F}");
      assertEquals("x", r.questions().get(0).conceptTag());
      assertEquals("p#a", r.questions().get(0).page());
      assertEquals(
          "", r.questions().get(1).conceptTag(), "metadata does not leak to later questions");
      assertEquals("", r.questions().get(1).page());
    }

    @Test
    void pageWithoutAnchor() {
      ParsedQuestion q = one("// [page:what-pain-is]\nStem {T}");
      assertEquals("what-pain-is", q.pageSlug());
      assertEquals("", q.pageAnchor());
    }
  }

  @Nested
  class Categories {
    @Test
    void categoryAppliesToTheQuestionsAfterIt() {
      ParseResult r =
          reader.read(
              "Q0 {T}\n\n$CATEGORY: $course$/top/Pain basics\n\nQ1 {T}\n\nQ2 {F}\n\n"
                  + "$CATEGORY: other\n\nQ3 {T}");
      assertEquals(
          List.of("", "$course$/top/Pain basics", "$course$/top/Pain basics", "other"),
          r.questions().stream().map(ParsedQuestion::category).toList());
    }

    @Test
    void categoryLineDirectlyAboveAQuestion() {
      ParsedQuestion q = one("$CATEGORY: tests\n::T:: Stem {T}");
      assertEquals("tests", q.category());
      assertEquals("T", q.title());
    }
  }

  @Nested
  class Titles {
    @Test
    void title() {
      ParsedQuestion q = one("::Q1 Hurt and harm:: Stem text {=a ~b}");
      assertEquals("Q1 Hurt and harm", q.title());
      assertEquals("Stem text", q.text());
    }

    @Test
    void noTitleGivesEmptyTitle() {
      assertEquals("", one("Stem {T}").title());
    }

    @Test
    void escapedColonsInTitle() {
      ParsedQuestion q = one("::Ratio 1\\:2\\:\\:3:: Stem {T}");
      assertEquals("Ratio 1:2::3", q.title());
    }
  }

  @Nested
  class Escapes {
    @Test
    void everyEscapeInTheStem() {
      ParsedQuestion q = one("a\\:b \\~c \\=d \\#e \\{f\\} g\\\\h i\\nj {T}");
      assertEquals("a:b ~c =d #e {f} g\\h i\nj", q.text());
    }

    @Test
    void escapesInAnswersAndFeedback() {
      ParsedQuestion q =
          one("Stem {=1\\=1 #right\\#1 \\{ok\\} ~2\\~3 #wrong\\: no ####gen\\=eral\\nmore}");
      assertEquals("1=1", q.choices().get(0).text());
      assertEquals("right#1 {ok}", q.choices().get(0).feedback());
      assertEquals("2~3", q.choices().get(1).text());
      assertEquals("wrong: no", q.choices().get(1).feedback());
      assertEquals("gen=eral\nmore", q.generalFeedback());
    }

    @Test
    void unknownBackslashSequencesAreKept() {
      assertEquals("C\\temp \\d", one("C\\temp \\d {T}").text());
    }
  }

  @Nested
  class TextFormats {
    @ParameterizedTest
    @CsvSource({"html,HTML", "moodle,MOODLE", "plain,PLAIN", "markdown,MARKDOWN", "HTML,HTML"})
    void prefix(String prefix, TextFormat expected) {
      ParsedQuestion q = one("::T::[" + prefix + "] <b>Stem</b> {T}");
      assertEquals(expected, q.format());
      assertEquals("<b>Stem</b>", q.text());
    }

    @Test
    void defaultIsMoodleAutoFormat() {
      assertEquals(TextFormat.MOODLE, one("Stem {T}").format());
    }

    @Test
    void unknownPrefixStaysInTheText() {
      ParsedQuestion q = one("[note] Stem {T}");
      assertEquals(TextFormat.MOODLE, q.format());
      assertEquals("[note] Stem", q.text());
    }

    @Test
    void prefixOnAnswersAndFeedbackIsRemoved() {
      ParsedQuestion q =
          one("[html]Stem {=[html]<i>a</i> #[html]<b>yes</b> ~b ####[html]<p>gf</p>}");
      assertEquals("<i>a</i>", q.choices().get(0).text());
      assertEquals("<b>yes</b>", q.choices().get(0).feedback());
      assertEquals("<p>gf</p>", q.generalFeedback());
    }
  }

  @Nested
  class SingleChoice {
    @Test
    void rightAndWrongAnswersWithFeedbackAndGeneralFeedback() {
      ParsedQuestion q =
          one(
              "::Q1:: Stem text {\n  =Right answer #Why it is right.\n"
                  + "  ~Wrong answer #Why it is wrong.\n  ####General explanation.\n}");
      assertEquals(QuestionType.SINGLE_CHOICE, q.type());
      assertEquals(
          List.of(
              Choice.correct("Right answer", "Why it is right."),
              Choice.wrong("Wrong answer", "Why it is wrong.")),
          q.choices());
      assertEquals("General explanation.", q.generalFeedback());
    }

    @Test
    void onOneLine() {
      ParsedQuestion q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
      assertEquals(QuestionType.SINGLE_CHOICE, q.type());
      assertEquals("Who's buried in Grant's tomb?", q.text());
      assertEquals(
          List.of(BigDecimal.ZERO, BigDecimal.ZERO, pct("100")),
          q.choices().stream().map(Choice::weight).toList());
      assertTrue(q.choices().get(2).isFullCredit());
    }

    @Test
    void partialWeightsAlongsideARightAnswer() {
      ParsedQuestion q = one("Stem {=best ~%50%half ~%-25%minus ~zero}");
      assertEquals(QuestionType.SINGLE_CHOICE, q.type());
      assertEquals(
          List.of(pct("100"), pct("50"), pct("-25"), pct("0")),
          q.choices().stream().map(Choice::weight).toList());
    }

    @Test
    void explicitWeightAfterEquals() {
      ParsedQuestion q = one("Stem {=%100%a ~b}");
      assertEquals(pct("100"), q.choices().get(0).weight());
      assertEquals(QuestionType.SINGLE_CHOICE, q.type());
    }

    @Test
    void feedbackMayContainMoreHashes() {
      ParsedQuestion q = one("Stem {=a #one # two ~b}");
      assertEquals("one # two", q.choices().get(0).feedback());
    }
  }

  @Nested
  class MultipleChoice {
    @Test
    void weightsWithoutEqualsMakeItMultipleAnswers() {
      ParsedQuestion q =
          one(
              "What two people are entombed in Grant's tomb? {\n"
                  + "  ~%-100%No one\n  ~%50%Grant #Yes\n  ~%50%Grant's wife\n  ~%-100%Grant's father\n}");
      assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
      assertEquals(
          List.of(pct("-100"), pct("50"), pct("50"), pct("-100")),
          q.choices().stream().map(Choice::weight).toList());
      assertEquals("Yes", q.choices().get(1).feedback());
    }

    @Test
    void decimalWeights() {
      ParsedQuestion q = one("Stem {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-50%d}");
      assertEquals(new BigDecimal("33.33333"), q.choices().get(0).weight());
    }

    @Test
    void weightsNotAddingUpTo100AreAWarningButTheQuestionIsKept() {
      ParseResult r = reader.read("Stem {~%50%a ~%40%b ~c}");
      assertEquals(1, r.questions().size());
      assertEquals(1, r.warnings().size());
      assertEquals("quiz_import.problem.weightsBelow100", r.warnings().get(0).key());
      assertEquals(List.of("90"), r.warnings().get(0).args());
    }
  }

  @Nested
  class TrueFalse {
    @ParameterizedTest
    @CsvSource({"T,true", "TRUE,true", "F,false", "FALSE,false", "true,true", "f,false"})
    void words(String word, boolean expected) {
      ParsedQuestion q = one("Grant was buried in Grant's tomb.{" + word + "}");
      assertEquals(QuestionType.TRUE_FALSE, q.type());
      assertEquals(expected, q.trueFalseAnswer().orElseThrow().correct());
      assertEquals(List.of("True", "False"), q.choices().stream().map(Choice::text).toList());
    }

    @Test
    void wrongThenRightFeedback() {
      ParsedQuestion q =
          one("The sun rises in the east.{T#Wrong: it does.#Right, it does.####Always.}");
      TrueFalseAnswer tf = q.trueFalseAnswer().orElseThrow();
      assertTrue(tf.correct());
      assertEquals("Wrong: it does.", tf.feedbackIfWrong());
      assertEquals("Right, it does.", tf.feedbackIfRight());
      assertEquals("Always.", q.generalFeedback());
      assertEquals(
          List.of(
              Choice.correct("True", "Right, it does."), Choice.wrong("False", "Wrong: it does.")),
          q.choices());
    }

    @Test
    void falseAnswerAttachesFeedbackToTheRightChoice() {
      ParsedQuestion q =
          one("Stem {FALSE\n#You picked true, which is wrong.\n#You picked false, well done.\n}");
      assertEquals(
          List.of(
              Choice.wrong("True", "You picked true, which is wrong."),
              Choice.correct("False", "You picked false, well done.")),
          q.choices());
    }

    @Test
    void onlyWrongFeedback() {
      TrueFalseAnswer tf = one("Stem {T#Not so}").trueFalseAnswer().orElseThrow();
      assertEquals("Not so", tf.feedbackIfWrong());
      assertEquals("", tf.feedbackIfRight());
    }
  }

  @Nested
  class Matching {
    @Test
    void pairs() {
      ParsedQuestion q =
          one(
              "Match the capitals.{\n=Canada -> Ottawa\n=Italy->Rome\n=Japan -> Tokyo\n####Geography.}");
      assertEquals(QuestionType.MATCHING, q.type());
      assertEquals(
          List.of(
              Choice.pair("Canada", "Ottawa"),
              Choice.pair("Italy", "Rome"),
              Choice.pair("Japan", "Tokyo")),
          q.choices());
      assertEquals("Geography.", q.generalFeedback());
    }

    @Test
    void extraAnswerWithEmptyLeftSide() {
      ParsedQuestion q = one("Stem {=a -> 1 =b -> 2 = -> 3}");
      assertEquals(Choice.pair("", "3"), q.choices().get(2));
    }

    @Test
    void rightSideMayContainAnArrow() {
      ParsedQuestion q = one("Stem {=a -> x -> y =b -> 2 =c -> 3}");
      assertEquals("x -> y", q.choices().get(0).matchText());
    }

    @Test
    void twoPairsAreAcceptedWithAWarning() {
      ParseResult r = reader.read("Stem {=a -> 1 =b -> 2}");
      assertEquals(1, r.questions().size());
      assertEquals(1, r.warnings().size());
      assertEquals("quiz_import.problem.fewPairs", r.warnings().get(0).key());
      assertEquals(List.of("2"), r.warnings().get(0).args());
    }
  }

  @Nested
  class ShortAnswer {
    @Test
    void severalAcceptedAnswers() {
      ParsedQuestion q =
          one("Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant #Full name! =Ulysses Grant}");
      assertEquals(QuestionType.SHORT_ANSWER, q.type());
      assertEquals(
          List.of(
              Choice.correct("Grant", ""),
              Choice.correct("Ulysses S. Grant", "Full name!"),
              Choice.correct("Ulysses Grant", "")),
          q.choices());
    }

    @Test
    void partialCredit() {
      ParsedQuestion q = one("Two plus two? {=four =%50%for #Spelling! ####Arithmetic.}");
      assertEquals(Choice.of("for", 50, "Spelling!"), q.choices().get(1));
      assertEquals("Arithmetic.", q.generalFeedback());
    }

    @Test
    void arrowInFeedbackDoesNotMakeItMatching() {
      ParsedQuestion q = one("Where? {=page 2 #See the index -> pain}");
      assertEquals(QuestionType.SHORT_ANSWER, q.type());
      assertEquals("See the index -> pain", q.choices().get(0).feedback());
    }

    @Test
    void singleAnswerWithoutEqualsLikeMoodle() {
      ParsedQuestion q = one("Capital of France? {Paris}");
      assertEquals(QuestionType.SHORT_ANSWER, q.type());
      assertEquals("Paris", q.choices().get(0).text());
    }
  }

  @Nested
  class Numeric {
    @Test
    void valueAndTolerance() {
      ParsedQuestion q = one("What is pi to two decimals? {#3.14:0.01}");
      assertEquals(QuestionType.NUMERIC, q.type());
      Choice c = q.choices().get(0);
      assertEquals(NumericAnswer.of("3.14", "0.01"), c.numeric());
      assertEquals(new BigDecimal("3.13"), c.numeric().min());
      assertEquals(new BigDecimal("3.15"), c.numeric().max());
      assertEquals("3.14", c.text());
      assertTrue(c.isFullCredit());
    }

    @Test
    void exactValue() {
      NumericAnswer n = one("When was Grant born? {#1822}").choices().get(0).numeric();
      assertEquals(NumericAnswer.of("1822", "0"), n);
    }

    @Test
    void range() {
      NumericAnswer n = one("Pick a number from 1 to 5 {#1..5}").choices().get(0).numeric();
      assertEquals(new BigDecimal("1"), n.min());
      assertEquals(new BigDecimal("5"), n.max());
      assertEquals(NumericAnswer.of("3", "2"), n);
    }

    @Test
    void negativeAndDecimalRange() {
      NumericAnswer n = one("Stem {#-2.5..-1}").choices().get(0).numeric();
      assertEquals(new BigDecimal("-2.5"), n.min());
      assertEquals(new BigDecimal("-1"), n.max());
    }

    @Test
    void severalWeightedAnswersWithFeedbackAndCatchAll() {
      ParsedQuestion q =
          one(
              "When was Grant born?{#\n  =1822:0 #Correct!\n  =%50%1822:2 #Close.\n"
                  + "  ~#Look it up.\n  ####He was born in 1822.\n}");
      assertEquals(3, q.choices().size());
      assertEquals(
          Choice.numeric(NumericAnswer.of("1822", "0"), pct("100"), "Correct!"),
          q.choices().get(0));
      assertEquals(
          Choice.numeric(NumericAnswer.of("1822", "2"), pct("50"), "Close."), q.choices().get(1));
      Choice any = q.choices().get(2);
      assertTrue(any.isAnyNumber());
      assertEquals(BigDecimal.ZERO, any.weight());
      assertEquals("Look it up.", any.feedback());
      assertEquals("He was born in 1822.", q.generalFeedback());
    }

    @Test
    void explicitFullWeight() {
      ParsedQuestion q = one("Stem {# =%100%3.14:0 =%50%3.1:0.1}");
      assertEquals(
          List.of(pct("100"), pct("50")), q.choices().stream().map(Choice::weight).toList());
      assertEquals(NumericAnswer.of("3.1", "0.1"), q.choices().get(1).numeric());
    }

    @Test
    void trailingZerosDoNotMatter() {
      assertEquals(
          NumericAnswer.of("3.1", "0"), one("Stem {#3.100:0.000}").choices().get(0).numeric());
    }
  }

  @Nested
  class MissingWord {
    @Test
    void blankReplacesTheAnswerBlock() {
      ParsedQuestion q = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
      assertEquals("Grant is _____ in Grant's tomb.", q.text());
      assertTrue(q.isMissingWord());
      assertEquals(QuestionType.SINGLE_CHOICE, q.type());
    }

    @Test
    void worksForOtherTypesToo() {
      assertEquals("The sky is _____ blue.", one("The sky is {T} blue.").text());
      assertEquals("_____ is the capital.", one("{=Paris} is the capital.").text());
    }

    @Test
    void onlyWhitespaceAfterTheBlockIsNotMissingWord() {
      ParsedQuestion q = one("Stem {=a ~b}   ");
      assertEquals("Stem", q.text());
      assertFalse(q.isMissingWord());
    }
  }

  @Nested
  class Unsupported {
    @Test
    void essay() {
      ParseResult r = reader.read("::E:: Write about pain. {}\n\nNext {T}");
      assertEquals(1, r.questions().size(), "the next question is still read");
      Problem p = r.unsupported().get(0);
      assertEquals("essay", p.unsupportedType());
      assertEquals(1, p.line());
      assertEquals(25, p.column());
      assertEquals("quiz_import.problem.essayTitled", p.key());
      assertEquals(List.of("E"), p.args());
    }

    @Test
    void essayWithOnlyGeneralFeedback() {
      ParseResult r = reader.read("Write about pain. {####Think about the alarm system.}");
      assertEquals("essay", r.unsupported().get(0).unsupportedType());
    }

    @Test
    void description() {
      ParseResult r = reader.read("Q1 {T}\n\n::Intro:: This part is about pain.\n");
      assertEquals(1, r.questions().size());
      Problem p = r.unsupported().get(0);
      assertEquals("description", p.unsupportedType());
      assertEquals(3, p.line());
      assertEquals(Problem.Severity.UNSUPPORTED, p.severity());
      assertTrue(p.skipsQuestion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stem {}", "Just text", "::T:: only a title"})
    void neverBecomeQuestions(String gift) {
      ParseResult r = reader.read(gift);
      assertTrue(r.questions().isEmpty());
      assertEquals(1, r.unsupported().size());
    }
  }

  @Test
  void theDocumentedPainwiseExample() {
    ParsedQuestion q =
        one(
            "// [tag:hurt-not-harm]\n// [page:what-pain-is#why-pain-can-linger]\n"
                + "::Q1 Hurt and harm:: Stem text {\n  =Right answer #Why it is right.\n"
                + "  ~Wrong answer #Why it is wrong.\n  ####General explanation shown after the question.\n}\n");
    ParsedQuestion expected =
        ParsedQuestion.builder(QuestionType.SINGLE_CHOICE)
            .title("Q1 Hurt and harm")
            .text("Stem text")
            .choice(Choice.correct("Right answer", "Why it is right."))
            .choice(Choice.wrong("Wrong answer", "Why it is wrong."))
            .generalFeedback("General explanation shown after the question.")
            .tag("hurt-not-harm")
            .page("what-pain-is#why-pain-can-linger")
            .line(3)
            .build();
    assertEquals(expected, q);
  }
}
