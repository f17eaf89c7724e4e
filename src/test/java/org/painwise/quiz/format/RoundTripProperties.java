package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated valid questions survive write -> read unchanged, in both formats and across them. */
class RoundTripProperties {

  private final GiftReader gift = new GiftReader();
  private final GiftWriter giftWriter = new GiftWriter();
  private final MoodleXmlReader xml = new MoodleXmlReader();
  private final MoodleXmlWriter xmlWriter = new MoodleXmlWriter();

  @Provide
  Arbitrary<List<ParsedQuestion>> quizzes() {
    return QuizArbitraries.quiz();
  }

  @Property(tries = 400)
  void giftWriteThenReadGivesTheSameQuestions(@ForAll("quizzes") List<ParsedQuestion> questions) {
    String written = giftWriter.write(questions);
    ParseResult r = gift.read(written);
    assertEquals(List.of(), r.errors(), written);
    assertEquals(List.of(), r.unsupported(), written);
    assertEquals(questions, TestFiles.withoutLines(r.questions()), written);
  }

  @Property(tries = 400)
  void moodleXmlWriteThenReadGivesTheSameQuestions(
      @ForAll("quizzes") List<ParsedQuestion> questions) {
    String written = xmlWriter.write(questions);
    ParseResult r = xml.read(written);
    assertEquals(List.of(), r.errors(), written);
    assertEquals(questions, TestFiles.withoutLines(r.questions()), written);
  }

  @Property(tries = 200)
  void giftToXmlToGiftGivesTheSameQuestions(@ForAll("quizzes") List<ParsedQuestion> questions) {
    List<ParsedQuestion> fromGift = gift.read(giftWriter.write(questions)).questions();
    List<ParsedQuestion> viaXml = xml.read(xmlWriter.write(fromGift)).questions();
    List<ParsedQuestion> back = gift.read(giftWriter.write(viaXml)).questions();
    assertEquals(questions, TestFiles.withoutLines(back));
  }
}
