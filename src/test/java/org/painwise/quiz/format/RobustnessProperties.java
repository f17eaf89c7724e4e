package org.painwise.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Readers never throw for any content (arbitrary strings, GIFT-like noise, damaged real files),
 * always report sensible problems, and whatever they do accept can be written and read back.
 */
class RobustnessProperties {

  private static final String GIFT_SAMPLE = TestFiles.resource("all-constructs.gift");
  private static final String XML_SAMPLE = TestFiles.resource("moodle-export.xml");

  private final GiftReader gift = new GiftReader();
  private final GiftWriter giftWriter = new GiftWriter();
  private final MoodleXmlReader xml = new MoodleXmlReader();
  private final MoodleXmlWriter xmlWriter = new MoodleXmlWriter();

  @Provide
  Arbitrary<String> giftNoise() {
    return QuizArbitraries.text(40).list().ofMaxSize(4).map(parts -> String.join("\n\n", parts));
  }

  @Provide
  Arbitrary<String> damagedGift() {
    return QuizArbitraries.mutated(GIFT_SAMPLE, 6, "\n\n", "{", "}", "->", "%abc%", "#.", "::");
  }

  @Provide
  Arbitrary<String> damagedXml() {
    return QuizArbitraries.mutated(
        XML_SAMPLE,
        4,
        "<",
        ">",
        "</",
        "&",
        "&lt;",
        "\"",
        "<!DOCTYPE x>",
        "<question type=\"essay\">",
        "</question>",
        "fraction=\"x\"",
        "<![CDATA[",
        "]]>",
        "\u0000");
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().ofMaxLength(300);
  }

  @Property(tries = 300)
  void giftReaderNeverThrowsOnArbitraryText(@ForAll("anything") String input) {
    assertSane(gift.read(input), input);
  }

  @Property(tries = 300)
  void giftReaderNeverThrowsOnGiftLikeNoise(@ForAll("giftNoise") String input) {
    assertSane(gift.read(input), input);
  }

  @Property(tries = 300)
  void giftReaderNeverThrowsOnDamagedFiles(@ForAll("damagedGift") String input) {
    assertSane(gift.read(input), input);
  }

  @Property(tries = 300)
  void xmlReaderNeverThrowsOnArbitraryText(@ForAll("anything") String input) {
    assertSane(xml.read(input), input);
    assertSane(xml.read("<quiz>" + input + "</quiz>"), input);
  }

  @Property(tries = 300)
  void xmlReaderNeverThrowsOnDamagedFiles(@ForAll("damagedXml") String input) {
    assertSane(xml.read(input), input);
  }

  @Property(tries = 200)
  void readersNeverThrowOnArbitraryBytes(@ForAll byte[] bytes) {
    // Line numbers depend on the encoding the bytes happen to declare, so only their sign is
    // checked here.
    assertSane(xml.read(new java.io.ByteArrayInputStream(bytes)), Integer.MAX_VALUE);
    assertSane(gift.read(new java.io.ByteArrayInputStream(bytes)), Integer.MAX_VALUE);
  }

  /** Whatever the GIFT reader accepts, the writer writes so that it reads back the same. */
  @Property(tries = 300)
  void giftAcceptedQuestionsSurviveAWriteAndRead(@ForAll("damagedGift") String input) {
    List<ParsedQuestion> first = gift.read(input).questions();
    // GIFT cannot escape "->", so a short answer holding one (only possible as {a->b}) cannot be
    // written back.
    Assume.that(
        first.stream()
            .noneMatch(
                q ->
                    q.type() == QuestionType.SHORT_ANSWER
                        && q.choices().stream().anyMatch(c -> c.text().contains("->"))));
    String written = giftWriter.write(first);
    ParseResult again = gift.read(written);
    assertEquals(List.of(), again.errors(), written);
    assertEquals(TestFiles.withoutLines(first), TestFiles.withoutLines(again.questions()), written);
  }

  /** Whatever the XML reader accepts, the writer writes so that it reads back the same. */
  @Property(tries = 300)
  void xmlAcceptedQuestionsSurviveAWriteAndRead(@ForAll("damagedXml") String input) {
    List<ParsedQuestion> first = xml.read(input).questions();
    ParseResult again = xml.read(xmlWriter.write(first));
    assertEquals(List.of(), again.errors());
    assertEquals(TestFiles.withoutLines(first), TestFiles.withoutLines(again.questions()));
  }

  private static void assertSane(ParseResult r, String input) {
    assertSane(r, input.chars().filter(c -> c == '\n' || c == '\r').count() + 1);
  }

  private static void assertSane(ParseResult r, long lines) {
    for (Problem p : r.problems()) {
      assertTrue(p.key().startsWith("quiz_import.problem."), p::toString);
      assertFalse(p.args().stream().anyMatch(Objects::isNull), p::toString);
      assertTrue(p.line() >= 0 && p.line() <= lines + 1, p::toString);
      assertTrue(p.column() >= 0, p::toString);
      assertFalse(p.describe().isBlank());
    }
    for (ParsedQuestion q : r.questions()) {
      assertFalse(q.text().isBlank(), q::toString);
      assertTrue(q.line() >= 0 && q.line() <= lines + 1, q::toString);
    }
  }
}
