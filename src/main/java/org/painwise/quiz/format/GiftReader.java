package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Moodle GIFT, as Moodle documents it, into {@link ParsedQuestion}s.
 *
 * <p>Questions are separated by blank lines. Whole-line {@code //} comments are ignored, except for
 * the Painwise and Moodle conventions {@code [tag:...]}, {@code [page:slug#anchor]} and {@code
 * [id:...]}, which apply to the question of the same block (or, if a block holds only comments, to
 * the next question). {@code $CATEGORY: path} sets the category of the questions that follow.
 *
 * <p>The type follows Moodle's rules, in this order: {@code {#...}} is numeric; a block with a
 * {@code ~} is a choice question (single choice if any answer starts with {@code =}, multiple
 * choice otherwise); {@code =} with {@code ->} is matching; {@code T}, {@code TRUE}, {@code F},
 * {@code FALSE} (any case) is true/false; anything else is short answer. An empty block {@code {}}
 * (essay) and text without a block (description) are reported as unsupported.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GiftReader implements QuizReader {

  private static final Set<String> TRUE_WORDS = Set.of("T", "TRUE");
  private static final Set<String> FALSE_WORDS = Set.of("F", "FALSE");

  @Override
  public ParseResult read(String source) {
    QuizFormatException.requireNonNull(source, "source");
    return new Run().parse(source);
  }

  /** The state of one read: the category in force and the metadata waiting for its question. */
  private static final class Run {
    private final List<ParsedQuestion> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String category = "";
    private final List<String> tags = new ArrayList<>();
    private String page = "";
    private String idNumber = "";

    ParseResult parse(String source) {
      String text = Texts.normaliseNewlines(source);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String[] lines = text.split("\n", -1);
      List<GiftText.Line> block = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          readBlock(block);
          block.clear();
        } else {
          block.add(new GiftText.Line(i + 1, lines[i]));
        }
      }
      readBlock(block);
      return new ParseResult(questions, problems);
    }

    private void readBlock(List<GiftText.Line> block) {
      List<GiftText.Line> questionLines = new ArrayList<>();
      for (GiftText.Line line : block) {
        String t = line.text().strip();
        if (t.startsWith(GiftSyntax.COMMENT)) {
          GiftSyntax.readMetadata(t, this::metadata);
        } else if (questionLines.isEmpty() && t.startsWith(GiftSyntax.CATEGORY)) {
          category = t.substring(GiftSyntax.CATEGORY.length()).strip();
        } else {
          questionLines.add(line);
        }
      }
      if (questionLines.isEmpty()) {
        return;
      }
      new QuestionReader(GiftText.of(questionLines)).read();
      tags.clear();
      page = "";
      idNumber = "";
    }

    private void metadata(String key, String value) {
      switch (key) {
        case "tag" -> {
          if (!tags.contains(value)) {
            tags.add(value);
          }
        }
        case "page" -> page = page.isEmpty() ? value : page;
        case "id" -> idNumber = idNumber.isEmpty() ? value : idNumber;
        default -> {}
      }
    }

    /**
     * Reads one question; sets {@code failed} and reports instead of throwing when something is
     * wrong.
     */
    private final class QuestionReader {
      private final GiftText t;
      private final List<Problem> found = new ArrayList<>();
      private final List<Choice> choices = new ArrayList<>();
      private final List<Position> choicePositions = new ArrayList<>();
      private boolean failed;
      private String title = "";

      QuestionReader(GiftText text) {
        this.t = text;
      }

      void read() {
        readQuestion();
        problems.addAll(found);
      }

      private void readQuestion() {
        int n = t.length();
        int i = t.skipSpace(0, n);
        Position start = t.position(i);
        if (t.isControl(i, ':') && t.isControl(i + 1, ':')) {
          int end = t.indexOfDoubleColon(i + 2, n);
          if (end < 0) {
            error(start, "quiz_import.problem.titleNotClosed");
            return;
          }
          title = t.text(i + 2, end);
          i = end + 2;
        }
        GiftText.Span braces = answerBlock(i, start);
        if (braces == null) {
          return;
        }
        int open = braces.from();
        int close = braces.to();

        String before = t.raw(i, open);
        String after = t.raw(close + 1, n);
        String stem = (after.isBlank() ? before : before + ParsedQuestion.BLANK + after).strip();
        GiftSyntax.Prefixed prefixed = GiftSyntax.splitPrefix(stem);
        TextFormat format = prefixed.format().orElse(TextFormat.MOODLE);

        int answersEnd = close;
        String generalFeedback = "";
        int hashes = t.lastIndexOfFourHashes(open + 1, close);
        if (hashes >= 0) {
          generalFeedback = GiftSyntax.withoutPrefix(t.text(hashes + 4, close));
          answersEnd = hashes;
        }
        GiftText.Span answers = t.trim(open + 1, answersEnd);
        if (answers.isEmpty()) {
          unsupported(
              t.position(open),
              "essay",
              "quiz_import.problem.essay",
              "quiz_import.problem.essayTitled");
          return;
        }

        QuestionType type = readAnswers(answers);
        if (failed) {
          return;
        }
        ParsedQuestion question =
            new ParsedQuestion(
                title,
                prefixed.text(),
                format,
                type,
                choices,
                generalFeedback,
                category,
                tags,
                page,
                idNumber,
                start.line());
        List<Problem> checks =
            QuestionChecks.check(
                question,
                start,
                k -> k < choicePositions.size() ? choicePositions.get(k) : start,
                QuestionChecks.Dialect.GIFT);
        found.addAll(checks);
        if (checks.stream().noneMatch(Problem::skipsQuestion)) {
          questions.add(question);
        }
      }

      /**
       * Finds the answer block after {@code from}.
       *
       * @return the positions of its {@code {} and {@code }}, or null after reporting why there is
       *     no usable block
       */
      private GiftText.Span answerBlock(int from, Position start) {
        int n = t.length();
        int open = t.indexOf('{', from, n);
        int close = t.indexOf('}', from, n);
        if (open < 0 && close < 0) {
          unsupported(
              start,
              "description",
              "quiz_import.problem.description",
              "quiz_import.problem.descriptionTitled");
          return null;
        }
        if (close >= 0 && (open < 0 || close < open)) {
          error(t.position(close), "quiz_import.problem.closeWithoutOpen");
          return null;
        }
        if (close < 0) {
          error(t.position(open), "quiz_import.problem.blockNotClosed");
          return null;
        }
        int nested = t.indexOf('{', open + 1, close);
        if (nested >= 0) {
          Position o = t.position(open);
          error(
              t.position(nested), "quiz_import.problem.blockNotClosedBefore", o.line(), o.column());
          return null;
        }
        int extra = firstOf(t.indexOf('{', close + 1, n), t.indexOf('}', close + 1, n));
        if (extra >= 0) {
          error(
              t.position(extra),
              t.isControl(extra, '{')
                  ? "quiz_import.problem.secondBlock"
                  : "quiz_import.problem.closeWithoutOpen");
          return null;
        }
        return new GiftText.Span(open, close);
      }

      private QuestionType readAnswers(GiftText.Span a) {
        if (t.isControl(a.from(), '#')) {
          readNumeric(a.from() + 1, a.to());
          return QuestionType.NUMERIC;
        }
        if (t.indexOf('~', a.from(), a.to()) >= 0) {
          return readChoices(a) ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        }
        if (isMatching(a)) {
          readMatching(a);
          return QuestionType.MATCHING;
        }
        int hash = t.indexOf('#', a.from(), a.to());
        String word = t.text(a.from(), hash < 0 ? a.to() : hash).toUpperCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word) || FALSE_WORDS.contains(word)) {
          readTrueFalse(TRUE_WORDS.contains(word), hash, a);
          return QuestionType.TRUE_FALSE;
        }
        readShortAnswers(a);
        return QuestionType.SHORT_ANSWER;
      }

      /**
       * Matching needs an {@code =} and a {@code ->}. Unlike Moodle, a {@code ->} that only appears
       * in feedback (after {@code #}) does not count, so short answers may have arrows in their
       * feedback.
       */
      private boolean isMatching(GiftText.Span a) {
        if (t.indexOf('=', a.from(), a.to()) < 0) {
          return false;
        }
        for (GiftText.Segment s : t.split(a.from(), a.to(), "=")) {
          int hash = t.indexOf('#', s.from(), s.to());
          if (t.indexOfArrow(s.from(), hash < 0 ? s.to() : hash) >= 0) {
            return true;
          }
        }
        return false;
      }

      /**
       * @return whether any answer starts with {@code =}, which makes it a single-choice question
       */
      private boolean readChoices(GiftText.Span a) {
        boolean single = false;
        for (GiftText.Segment s : t.split(a.from(), a.to(), "~=")) {
          single |= s.marker() == '=';
          BigDecimal dflt = s.marker() == '=' ? Decimals.HUNDRED : BigDecimal.ZERO;
          Weighted w = weight(s.from(), s.to(), dflt);
          if (w != null) {
            addTextAndFeedback(s, w);
          }
        }
        return single;
      }

      private void readShortAnswers(GiftText.Span a) {
        for (GiftText.Segment s : t.split(a.from(), a.to(), "=")) {
          Weighted w = weight(s.from(), s.to(), Decimals.HUNDRED);
          if (w != null) {
            addTextAndFeedback(s, w);
          }
        }
      }

      private void addTextAndFeedback(GiftText.Segment s, Weighted w) {
        int hash = t.indexOf('#', w.textFrom(), s.to());
        String text = GiftSyntax.withoutPrefix(t.text(w.textFrom(), hash < 0 ? s.to() : hash));
        String feedback = hash < 0 ? "" : GiftSyntax.withoutPrefix(t.text(hash + 1, s.to()));
        add(Choice.of(text, w.weight(), feedback), s.markerAt());
      }

      private void readMatching(GiftText.Span a) {
        int pair = 0;
        for (GiftText.Segment s : t.split(a.from(), a.to(), "=")) {
          pair++;
          int arrow = t.indexOfArrow(s.from(), s.to());
          if (arrow < 0) {
            error(
                t.position(s.markerAt()),
                "quiz_import.problem.pairWithoutArrow",
                Texts.shorten(t.text(s.from(), s.to())));
            continue;
          }
          if (t.indexOf('#', s.from(), s.to()) >= 0) {
            found.add(
                Problem.warning(
                    t.position(t.indexOf('#', s.from(), s.to())),
                    "quiz_import.problem.pairFeedback",
                    pair));
          }
          String left = GiftSyntax.withoutPrefix(t.text(s.from(), arrow));
          add(Choice.pair(left, t.text(arrow + 2, s.to())), s.markerAt());
        }
      }

      private void readTrueFalse(boolean correct, int hash, GiftText.Span a) {
        int to = a.to();
        String wrong = "";
        String right = "";
        if (hash >= 0) {
          int second = t.indexOf('#', hash + 1, to);
          wrong = GiftSyntax.withoutPrefix(t.text(hash + 1, second < 0 ? to : second));
          right = second < 0 ? "" : GiftSyntax.withoutPrefix(t.text(second + 1, to));
        }
        for (Choice c : new TrueFalseAnswer(correct, right, wrong).toChoices()) {
          add(c, a.from());
        }
      }

      private void readNumeric(int from, int to) {
        int tilde = t.indexOf('~', from, to);
        for (GiftText.Segment s : t.split(from, tilde < 0 ? to : tilde, "=")) {
          Weighted w = weight(s.from(), s.to(), Decimals.HUNDRED);
          if (w == null) {
            continue;
          }
          int hash = t.indexOf('#', w.textFrom(), s.to());
          String feedback = hash < 0 ? "" : GiftSyntax.withoutPrefix(t.text(hash + 1, s.to()));
          GiftText.Span value = t.trim(w.textFrom(), hash < 0 ? s.to() : hash);
          if (t.text(value).equals(Choice.ANY_NUMBER)) {
            add(Choice.anyOtherNumber(w.weight(), feedback), s.markerAt());
            continue;
          }
          Optional<NumericAnswer> answer = numericAnswer(value);
          answer.ifPresent(n -> add(Choice.numeric(n, w.weight(), feedback), s.markerAt()));
        }
        if (tilde >= 0) {
          int hash = t.indexOf('#', tilde + 1, to);
          String ignored = t.text(tilde + 1, hash < 0 ? to : hash);
          if (!ignored.isEmpty()) {
            found.add(
                Problem.warning(
                    t.position(tilde),
                    "quiz_import.problem.numericTextIgnored",
                    Texts.shorten(ignored)));
          }
          String feedback = hash < 0 ? "" : GiftSyntax.withoutPrefix(t.text(hash + 1, to));
          add(Choice.anyOtherNumber(BigDecimal.ZERO, feedback), tilde);
        }
      }

      private Optional<NumericAnswer> numericAnswer(GiftText.Span span) {
        String text = t.text(span);
        Position at = t.position(span.from());
        if (text.isEmpty()) {
          error(at, "quiz_import.problem.numericEmpty");
          return Optional.empty();
        }
        int range = text.indexOf("..");
        int colon = t.indexOf(':', span.from(), span.to());
        Optional<NumericAnswer> answer;
        if (range > 0) {
          Optional<BigDecimal> min = Decimals.parse(text.substring(0, range));
          Optional<BigDecimal> max = Decimals.parse(text.substring(range + 2));
          if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            error(
                at,
                "quiz_import.problem.reversedRange",
                text,
                Decimals.format(max.get()),
                Decimals.format(min.get()));
            return Optional.empty();
          }
          answer = min.flatMap(lo -> max.map(hi -> NumericAnswer.range(lo, hi)));
        } else if (colon > span.from()) {
          Optional<BigDecimal> value = Decimals.parse(t.raw(span.from(), colon));
          Optional<BigDecimal> tolerance = Decimals.parse(t.raw(colon + 1, span.to()));
          answer = value.flatMap(v -> tolerance.map(tol -> new NumericAnswer(v, tol)));
        } else {
          answer = Decimals.parse(text).map(NumericAnswer::exact);
        }
        if (answer.isEmpty()) {
          error(at, "quiz_import.problem.numericNotANumberGift", Texts.shorten(text));
        }
        return answer;
      }

      /** A weight and where the answer text after it starts. */
      private record Weighted(BigDecimal weight, int textFrom) {}

      /**
       * Reads an optional {@code %n%} weight at {@code from}; null (and an error) if it is
       * malformed.
       */
      private Weighted weight(int from, int to, BigDecimal dflt) {
        int i = t.skipSpace(from, to);
        if (!t.isControl(i, '%') || i >= to) {
          return new Weighted(dflt, i);
        }
        int end = t.indexOf('%', i + 1, to);
        if (end < 0) {
          error(t.position(i), "quiz_import.problem.weightNotClosed");
          return null;
        }
        String w = t.raw(i + 1, end);
        Optional<BigDecimal> weight = Decimals.parsePercent(w);
        if (weight.isEmpty()) {
          error(t.position(i), "quiz_import.problem.weightNotANumber", Texts.shorten(w));
          return null;
        }
        return new Weighted(weight.get(), end + 1);
      }

      private void add(Choice choice, int at) {
        choices.add(choice);
        choicePositions.add(t.position(at));
      }

      private void error(Position at, String key, Object... args) {
        failed = true;
        found.add(Problem.error(at, key, args));
      }

      /**
       * Reports a question of an unsupported type: under {@code key}, or under {@code titledKey}
       * with the title as the argument when the question has one.
       */
      private void unsupported(Position at, String type, String key, String titledKey) {
        failed = true;
        found.add(
            title.isEmpty()
                ? Problem.unsupported(at, type, key)
                : Problem.unsupported(at, type, titledKey, Texts.shorten(title)));
      }
    }
  }

  private static int firstOf(int a, int b) {
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }
}
