package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Example-based round trips: GIFT, Moodle XML and GIFT -> XML -> GIFT, on a file holding every
 * construct.
 */
class RoundTripTest {

  private final GiftReader gift = new GiftReader();
  private final GiftWriter giftWriter = new GiftWriter();
  private final MoodleXmlReader xml = new MoodleXmlReader();
  private final MoodleXmlWriter xmlWriter = new MoodleXmlWriter();

  private List<ParsedQuestion> sample() {
    ParseResult r = gift.read(TestFiles.resource("all-constructs.gift"));
    assertEquals(List.of(), r.problems());
    return r.questions();
  }

  @Test
  void theSampleCoversEveryType() {
    Set<QuestionType> types =
        sample().stream()
            .map(ParsedQuestion::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
    assertEquals(EnumSet.allOf(QuestionType.class), types);
    assertEquals(16, sample().size());
  }

  @Test
  void giftRoundTrip() {
    List<ParsedQuestion> original = sample();
    String written = giftWriter.write(original);
    ParseResult again = gift.read(written);
    assertEquals(List.of(), again.problems(), written);
    assertEquals(TestFiles.withoutLines(original), TestFiles.withoutLines(again.questions()));
    assertEquals(written, giftWriter.write(again.questions()), "writing is stable");
  }

  @Test
  void moodleXmlRoundTrip() {
    List<ParsedQuestion> original = sample();
    String written = xmlWriter.write(original);
    ParseResult again = xml.read(written);
    assertEquals(List.of(), again.problems(), written);
    assertEquals(TestFiles.withoutLines(original), TestFiles.withoutLines(again.questions()));
    assertEquals(written, xmlWriter.write(again.questions()), "writing is stable");
  }

  @Test
  void giftToXmlToGift() {
    List<ParsedQuestion> original = sample();
    ParseResult viaXml = xml.read(xmlWriter.write(original));
    String giftAgain = giftWriter.write(viaXml.questions());
    ParseResult back = gift.read(giftAgain);
    assertTrue(back.isClean(), back.problems()::toString);
    assertEquals(TestFiles.withoutLines(original), TestFiles.withoutLines(back.questions()));
    assertEquals(giftWriter.write(original), giftAgain);
  }

  @Test
  void starterQuizRoundTripsThroughBothFormats() {
    List<ParsedQuestion> original =
        gift.read(TestFiles.resource("starter-01-pain-alarm-system.gift")).questions();
    assertEquals(
        TestFiles.withoutLines(original),
        TestFiles.withoutLines(gift.read(giftWriter.write(original)).questions()));
    assertEquals(
        TestFiles.withoutLines(original),
        TestFiles.withoutLines(xml.read(xmlWriter.write(original)).questions()));
  }
}
