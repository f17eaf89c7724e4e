package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.GiftWriter;
import org.painwise.quiz.format.MoodleXmlReader;
import org.painwise.quiz.format.MoodleXmlWriter;
import org.painwise.quiz.format.ParseResult;
import org.painwise.quiz.format.ParsedQuestion;

/**
 * GIFT and Moodle XML categories survive the bank: read into a question, kept by an edit's copy,
 * and written back on export in the same order.
 */
class QuestionCategoryTest {

  private static final String GIFT =
      """
      $CATEGORY: $course$/top/Pain basics

      ::One:: Pain is an alarm. {T}

      ::Two:: The brain decides. {T}

      $CATEGORY: $course$/top/Pain basics/Stress

      ::Three:: Stress can turn the volume up. {T}

      ::Four:: Breathing out slowly can help. {T}
      """;

  @Test
  void giftCategoriesGoIntoTheBankAndBackOut() {
    List<QuestionDraft> bank = intoTheBank(new GiftReader().read(GIFT));
    assertEquals(
        List.of(
            "$course$/top/Pain basics",
            "$course$/top/Pain basics",
            "$course$/top/Pain basics/Stress",
            "$course$/top/Pain basics/Stress"),
        bank.stream().map(QuestionContent::getCategory).toList());

    String exported = new GiftWriter().write(outOfTheBank(bank));

    assertEquals(2, exported.split("\\$CATEGORY:", -1).length - 1, exported);
    assertTrue(exported.indexOf("$CATEGORY: $course$/top/Pain basics\n") < exported.indexOf("One"));
    assertTrue(exported.indexOf("Stress\n") < exported.indexOf("Three"), exported);
    assertEquals(
        categories(new GiftReader().read(GIFT)), categories(new GiftReader().read(exported)));
  }

  @Test
  void moodleXmlCategoriesRoundTripToo() {
    List<QuestionDraft> bank = intoTheBank(new GiftReader().read(GIFT));

    String xml = new MoodleXmlWriter().write(outOfTheBank(bank));

    assertTrue(xml.contains("<question type=\"category\">"), xml);
    ParseResult back = new MoodleXmlReader().read(xml);
    assertEquals(List.of(), back.problems());
    assertEquals(categories(new GiftReader().read(GIFT)), categories(back));
    List<QuestionDraft> again = intoTheBank(back);
    assertEquals(
        bank.stream().map(QuestionContent::getCategory).toList(),
        again.stream().map(QuestionContent::getCategory).toList());
  }

  @Test
  void anEditKeepsTheCategory() {
    QuestionDraft imported = intoTheBank(new GiftReader().read(GIFT)).get(2);
    QuestionDraft edited = QuestionDraft.of(imported);
    edited.setStem("Stress can make pain louder.");
    assertEquals("$course$/top/Pain basics/Stress", edited.getCategory());
  }

  @Test
  void aQuestionWithoutACategoryWritesNoCategoryLine() {
    List<QuestionDraft> bank = intoTheBank(new GiftReader().read("::One:: Pain is an alarm. {T}"));
    assertEquals("", bank.get(0).getCategory());
    assertTrue(!new GiftWriter().write(outOfTheBank(bank)).contains("$CATEGORY"));
  }

  private static List<QuestionDraft> intoTheBank(ParseResult parsed) {
    assertEquals(List.of(), parsed.problems());
    return parsed.questions().stream().map(QuestionMapping::fromParsed).toList();
  }

  private static List<ParsedQuestion> outOfTheBank(List<QuestionDraft> bank) {
    return bank.stream().map(QuestionMapping::toParsed).toList();
  }

  private static List<String> categories(ParseResult parsed) {
    return parsed.questions().stream().map(ParsedQuestion::category).toList();
  }
}
