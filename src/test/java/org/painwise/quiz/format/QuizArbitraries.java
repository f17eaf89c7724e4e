package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Generators of valid questions (for round trips) and of GIFT-flavoured noise (for robustness).
 * Texts are built from tokens chosen to collide with the formats' syntax.
 */
final class QuizArbitraries {

  /** Characters that mean something in GIFT or XML, plus ordinary and non-ASCII ones. */
  static final String SPECIAL_CHARS = "~=#{}:\\%[]<>&\"'/-_.,!?*\n\t ";

  private static final String[] TOKENS = {
    "a",
    "pain",
    "Grant's tomb",
    " ",
    "  ",
    "\n",
    "\t",
    "é",
    "ß",
    "中文",
    "\uD83D\uDE00",
    "naïve",
    "~",
    "=",
    "#",
    "{",
    "}",
    ":",
    "::",
    "\\",
    "\\n",
    "\\:",
    "%",
    "%50%",
    "####",
    "#",
    "->",
    "-",
    ">",
    "[html]",
    "[plain]",
    "[moodle]",
    "[markdown]",
    "[x]",
    "//",
    "$CATEGORY:",
    "_____",
    "T",
    "TRUE",
    "<b>",
    "</b>",
    "&amp;",
    "&",
    "]]>",
    "<![CDATA[",
    "3.14",
    "..",
    "1..5",
    "*",
    "[tag:x]",
    "]",
  };

  private QuizArbitraries() {}

  /**
   * @return text made of syntax-heavy tokens and random characters, trimmed (possibly empty)
   */
  static Arbitrary<String> text(int maxTokens) {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(TOKENS),
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(SPECIAL_CHARS)
                .ofMinLength(1)
                .ofMaxLength(6));
    return token.list().ofMaxSize(maxTokens).map(parts -> String.join("", parts).strip());
  }

  static Arbitrary<String> nonEmptyText(int maxTokens) {
    return text(maxTokens).map(s -> s.isEmpty() ? "x" : s);
  }

  /**
   * @return non-empty text without {@code ->}, which GIFT cannot escape in some places
   */
  static Arbitrary<String> textWithoutArrow(int maxTokens) {
    return nonEmptyText(maxTokens).map(QuizArbitraries::withoutArrow);
  }

  static String withoutArrow(String s) {
    String out = s;
    while (out.contains("->")) {
      out = out.replace("->", "-");
    }
    return out.strip().isEmpty() ? "x" : out.strip();
  }

  static Arbitrary<BigDecimal> weight() {
    return Arbitraries.oneOf(
        Arbitraries.of(
                "-100", "-50", "-33.33333", "0", "0", "0", "25", "33.33333", "50", "100", "100")
            .map(BigDecimal::new),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-100"), new BigDecimal("100"))
            .ofScale(3));
  }

  private static Arbitrary<BigDecimal> positiveWeight() {
    return Arbitraries.oneOf(
        Arbitraries.just(new BigDecimal("100")),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.01"), new BigDecimal("100"))
            .ofScale(2));
  }

  /** The type-specific part of a question. */
  record Content(QuestionType type, List<Choice> choices) {}

  static Arbitrary<Content> content() {
    return Arbitraries.oneOf(
        choiceContent(),
        trueFalseContent(),
        matchingContent(),
        shortAnswerContent(),
        numericContent());
  }

  private static Arbitrary<Content> choiceContent() {
    Arbitrary<Choice> choice =
        Combinators.combine(nonEmptyText(4), weight(), text(4)).as(Choice::of);
    return Combinators.combine(
            Arbitraries.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE),
            choice.list().ofMinSize(2).ofMaxSize(5),
            positiveWeight())
        .as((type, choices, w) -> new Content(type, ensureCorrect(choices, w)));
  }

  private static Arbitrary<Content> trueFalseContent() {
    return Combinators.combine(Arbitraries.of(true, false), text(4), text(4))
        .as(
            (correct, right, wrong) ->
                new Content(
                    QuestionType.TRUE_FALSE,
                    new TrueFalseAnswer(correct, right, wrong).toChoices()));
  }

  private static Arbitrary<Content> matchingContent() {
    Arbitrary<Choice> pair =
        Combinators.combine(textWithoutArrow(3), nonEmptyText(3)).as(Choice::pair);
    Arbitrary<List<Choice>> distractors =
        nonEmptyText(3).map(r -> Choice.pair("", r)).list().ofMaxSize(1);
    return Combinators.combine(pair.list().ofMinSize(3).ofMaxSize(5), distractors)
        .as(
            (pairs, extra) -> {
              List<Choice> all = new ArrayList<>(pairs);
              all.addAll(extra);
              return new Content(QuestionType.MATCHING, all);
            });
  }

  private static Arbitrary<Content> shortAnswerContent() {
    Arbitrary<Choice> answer =
        Combinators.combine(textWithoutArrow(3), weight(), text(3)).as(Choice::of);
    return Combinators.combine(answer.list().ofMinSize(1).ofMaxSize(4), positiveWeight())
        .as((answers, w) -> new Content(QuestionType.SHORT_ANSWER, ensureCorrect(answers, w)));
  }

  private static Arbitrary<Content> numericContent() {
    Arbitrary<BigDecimal> value =
        Arbitraries.integers()
            .between(0, 4)
            .flatMap(
                scale ->
                    Arbitraries.bigDecimals()
                        .between(new BigDecimal("-100000"), new BigDecimal("100000"))
                        .ofScale(scale));
    Arbitrary<BigDecimal> tolerance =
        Arbitraries.integers()
            .between(0, 3)
            .flatMap(
                scale ->
                    Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("50"))
                        .ofScale(scale));
    Arbitrary<Choice> number =
        Combinators.combine(value, tolerance, weight(), text(3))
            .as((v, t, w, fb) -> Choice.numeric(new NumericAnswer(v, t), w, fb));
    Arbitrary<Choice> any = Combinators.combine(weight(), text(3)).as(Choice::anyOtherNumber);
    Arbitrary<Choice> answer =
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, number), net.jqwik.api.Tuple.of(1, any));
    return Combinators.combine(answer.list().ofMinSize(1).ofMaxSize(4), positiveWeight())
        .as((answers, w) -> new Content(QuestionType.NUMERIC, ensureCorrect(answers, w)));
  }

  /** Gives the first choice a positive weight if none has one, so that the question is valid. */
  private static List<Choice> ensureCorrect(List<Choice> choices, BigDecimal weight) {
    if (choices.stream().anyMatch(Choice::isCorrect)) {
      return choices;
    }
    List<Choice> fixed = new ArrayList<>(choices);
    Choice first = fixed.get(0);
    fixed.set(
        0, new Choice(first.text(), weight, first.feedback(), first.matchText(), first.numeric()));
    return fixed;
  }

  static Arbitrary<String> slug() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .numeric()
        .withChars('-')
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  /**
   * @return a valid question with every field exercised
   */
  static Arbitrary<ParsedQuestion> question() {
    Arbitrary<String> page =
        Combinators.combine(slug(), slug().injectNull(0.3))
            .as((s, a) -> a == null ? s : s + "#" + a)
            .injectNull(0.3);
    Arbitrary<String> category =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.just("$course$/top/Pain"),
            text(3).map(s -> s.replace('\n', ' ').replace('\t', ' ').strip()));
    Arbitrary<String> idNumber =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars("-_.]\\")
            .ofMaxLength(8)
            .map(String::strip);
    return Builders.withBuilder(() -> ParsedQuestion.builder(QuestionType.SHORT_ANSWER))
        .use(content())
        .in((b, c) -> b.type(c.type()).choices(c.choices()))
        .use(text(3))
        .in(ParsedQuestion.Builder::title)
        .use(nonEmptyText(6))
        .in(ParsedQuestion.Builder::text)
        .use(Arbitraries.of(TextFormat.class))
        .in(ParsedQuestion.Builder::format)
        .use(text(4))
        .in(ParsedQuestion.Builder::generalFeedback)
        .use(category)
        .in(ParsedQuestion.Builder::category)
        .use(slug().list().uniqueElements().ofMaxSize(3))
        .in(ParsedQuestion.Builder::tags)
        .use(page)
        .in(ParsedQuestion.Builder::page)
        .use(idNumber)
        .in(ParsedQuestion.Builder::idNumber)
        .build(ParsedQuestion.Builder::build);
  }

  /**
   * @return a small quiz of valid questions
   */
  static Arbitrary<List<ParsedQuestion>> quiz() {
    return question().list().ofMinSize(1).ofMaxSize(5);
  }

  /**
   * @return {@code base} with up to {@code maxEdits} random deletions and insertions of syntax
   *     tokens
   */
  static Arbitrary<String> mutated(String base, int maxEdits, String... insertions) {
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.of(TOKENS),
            Arbitraries.of(insertions),
            Arbitraries.strings().withChars(SPECIAL_CHARS).ofMinLength(1).ofMaxLength(3));
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 8), insert)
            .as(Edit::new);
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(maxEdits)
        .map(
            edits -> {
              StringBuilder s = new StringBuilder(base);
              for (Edit e : edits) {
                int at = (int) Math.min(s.length(), Math.floor(e.where() * s.length()));
                if (e.delete() > 0) {
                  s.delete(at, Math.min(s.length(), at + e.delete()));
                } else {
                  s.insert(at, e.insert());
                }
              }
              return s.toString();
            });
  }

  /**
   * One edit: where (0..1 of the length), how many characters to delete (0 means insert instead),
   * what to insert.
   */
  private record Edit(double where, int delete, String insert) {}
}
