package org.painwise.quiz.format;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Reads Moodle XML quiz files ({@code <quiz><question type="...">...}) into {@link
 * ParsedQuestion}s.
 *
 * <p>Supported types: {@code multichoice} (single or multiple), {@code truefalse}, {@code
 * matching}, {@code shortanswer} and {@code numerical}, with the question text's {@code format},
 * {@code <generalfeedback>}, per-answer feedback, {@code <idnumber>} and {@code <tags>}. A tag
 * written {@code page:slug#anchor} becomes the question's page link. {@code category}
 * pseudo-questions set the category of the questions after them. Every other type (essay,
 * description, cloze, calculated, ddwtos, gapselect, random...) is reported by name and skipped.
 * Malformed XML gives one problem with the parser's line and column.
 *
 * <p>The JDK parser is configured securely: DOCTYPEs (and so external entities) are refused. This
 * class is stateless and thread-safe.
 */
public final class MoodleXmlReader implements QuizReader {

  /** The tag prefix that carries the Painwise page link in Moodle XML. */
  public static final String PAGE_TAG_PREFIX = "page:";

  @Override
  public ParseResult read(String source) {
    QuizFormatException.requireNonNull(source, "source");
    return read(new InputSource(new StringReader(source)));
  }

  @Override
  public ParseResult read(Reader source) {
    QuizFormatException.requireNonNull(source, "source");
    return read(new InputSource(source));
  }

  /** Reads the stream with the encoding its XML declaration names (UTF-8 by default). */
  @Override
  public ParseResult read(InputStream source) {
    QuizFormatException.requireNonNull(source, "source");
    return read(new InputSource(source));
  }

  private ParseResult read(InputSource source) {
    XmlTree.Result tree = XmlTree.parse(source);
    if (tree.problem() != null) {
      return new ParseResult(List.of(), List.of(tree.problem()));
    }
    return new Run().read(tree.root());
  }

  /** The state of one read. */
  private static final class Run {
    private final List<ParsedQuestion> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String category = "";

    ParseResult read(XmlTree.Element root) {
      if (!root.name().equals("quiz")) {
        problems.add(
            Problem.error(
                root.position(), "quiz_import.problem.notAQuiz", Texts.shorten(root.name())));
        return new ParseResult(questions, problems);
      }
      for (XmlTree.Element q : root.children("question")) {
        readQuestion(q);
      }
      return new ParseResult(questions, problems);
    }

    private void readQuestion(XmlTree.Element q) {
      String typeName = q.attribute("type").map(String::strip).orElse("");
      if (typeName.equals("category")) {
        category = q.textAt("category", "text");
        return;
      }
      Optional<QuestionType> type =
          switch (typeName) {
            case "multichoice" ->
                Optional.of(
                    isSingle(q) ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE);
            case "truefalse" -> Optional.of(QuestionType.TRUE_FALSE);
            case "matching" -> Optional.of(QuestionType.MATCHING);
            case "shortanswer" -> Optional.of(QuestionType.SHORT_ANSWER);
            case "numerical" -> Optional.of(QuestionType.NUMERIC);
            default -> Optional.empty();
          };
      String title = q.textAt("name", "text");
      if (typeName.isEmpty()) {
        problems.add(
            title.isEmpty()
                ? Problem.error(q.position(), "quiz_import.problem.noType")
                : Problem.error(
                    q.position(), "quiz_import.problem.noTypeTitled", Texts.shorten(title)));
        return;
      }
      if (type.isEmpty()) {
        problems.add(
            title.isEmpty()
                ? Problem.unsupported(
                    q.position(),
                    typeName,
                    "quiz_import.problem.unsupportedType",
                    Texts.shorten(typeName))
                : Problem.unsupported(
                    q.position(),
                    typeName,
                    "quiz_import.problem.unsupportedTypeTitled",
                    Texts.shorten(title),
                    Texts.shorten(typeName)));
        return;
      }
      new QuestionReader(q, type.get(), title).read();
    }

    private static boolean isSingle(XmlTree.Element q) {
      String single = q.textAt("single").toLowerCase(Locale.ROOT);
      return !(single.equals("false") || single.equals("0"));
    }

    /** Reads the body of one question of a supported type. */
    private final class QuestionReader {
      private final XmlTree.Element q;
      private final QuestionType type;
      private final String title;
      private final List<Choice> choices = new ArrayList<>();
      private final List<Position> positions = new ArrayList<>();
      private final List<Problem> found = new ArrayList<>();
      private boolean failed;

      QuestionReader(XmlTree.Element q, QuestionType type, String title) {
        this.q = q;
        this.type = type;
        this.title = title;
      }

      void read() {
        switch (type) {
          case SINGLE_CHOICE, MULTIPLE_CHOICE, SHORT_ANSWER -> readAnswers();
          case TRUE_FALSE -> readTrueFalse();
          case MATCHING -> readMatching();
          case NUMERIC -> readNumeric();
          default -> throw new IllegalStateException("unknown type " + type);
        }
        if (!failed) {
          build();
        }
        problems.addAll(found);
      }

      private void build() {
        TextFormat format =
            q.child("questiontext")
                .flatMap(e -> e.attribute("format"))
                .flatMap(TextFormat::fromMoodleXmlName)
                .orElse(TextFormat.MOODLE);
        List<String> tags = new ArrayList<>();
        String page = "";
        for (XmlTree.Element tag : q.child("tags").map(t -> t.children("tag")).orElse(List.of())) {
          String value = tag.textAt("text");
          if (value.startsWith(PAGE_TAG_PREFIX) && page.isEmpty()) {
            page = value.substring(PAGE_TAG_PREFIX.length()).strip();
          } else if (!value.isEmpty() && !tags.contains(value)) {
            tags.add(value);
          }
        }
        ParsedQuestion question =
            new ParsedQuestion(
                title,
                q.textAt("questiontext", "text"),
                format,
                type,
                choices,
                q.textAt("generalfeedback", "text"),
                category,
                tags,
                page,
                q.textAt("idnumber"),
                q.position().line());
        List<Problem> checks =
            QuestionChecks.check(
                question,
                q.position(),
                i -> i < positions.size() ? positions.get(i) : q.position(),
                QuestionChecks.Dialect.MOODLE_XML);
        found.addAll(checks);
        if (checks.stream().noneMatch(Problem::skipsQuestion)) {
          questions.add(question);
        }
      }

      private void readAnswers() {
        for (XmlTree.Element a : q.children("answer")) {
          fraction(a)
              .ifPresent(w -> add(Choice.of(a.textAt("text"), w, a.textAt("feedback", "text")), a));
        }
      }

      private void readTrueFalse() {
        XmlTree.Element t = null;
        XmlTree.Element f = null;
        for (XmlTree.Element a : q.children("answer")) {
          String text = a.textAt("text").toLowerCase(Locale.ROOT);
          if (text.equals("true") && t == null) {
            t = a;
          } else if (text.equals("false") && f == null) {
            f = a;
          }
        }
        if (t == null || f == null) {
          if (title.isEmpty()) {
            error(q.position(), "quiz_import.problem.trueFalseAnswerElements");
          } else {
            error(
                q.position(),
                "quiz_import.problem.trueFalseAnswerElementsTitled",
                Texts.shorten(title));
          }
          return;
        }
        Optional<BigDecimal> tw = fraction(t);
        Optional<BigDecimal> fw = fraction(f);
        if (tw.isEmpty() || fw.isEmpty()) {
          return;
        }
        boolean correct =
            tw.get().signum() > 0 || (fw.get().signum() <= 0 && tw.get().compareTo(fw.get()) > 0);
        String trueFeedback = t.textAt("feedback", "text");
        String falseFeedback = f.textAt("feedback", "text");
        TrueFalseAnswer answer =
            correct
                ? new TrueFalseAnswer(true, trueFeedback, falseFeedback)
                : new TrueFalseAnswer(false, falseFeedback, trueFeedback);
        List<Choice> both = answer.toChoices();
        add(both.get(0), t);
        add(both.get(1), f);
      }

      private void readMatching() {
        for (XmlTree.Element s : q.children("subquestion")) {
          add(Choice.pair(s.textAt("text"), s.textAt("answer", "text")), s);
        }
      }

      private void readNumeric() {
        for (XmlTree.Element a : q.children("answer")) {
          Optional<BigDecimal> weight = fraction(a);
          if (weight.isEmpty()) {
            continue;
          }
          String value = a.textAt("text");
          String feedback = a.textAt("feedback", "text");
          if (value.equals(Choice.ANY_NUMBER) || value.isEmpty()) {
            add(Choice.anyOtherNumber(weight.get(), feedback), a);
            continue;
          }
          String toleranceText = a.textAt("tolerance");
          Optional<BigDecimal> number = Decimals.parse(value);
          Optional<BigDecimal> tolerance =
              toleranceText.isEmpty()
                  ? Optional.of(BigDecimal.ZERO)
                  : Decimals.parse(toleranceText);
          if (number.isEmpty()) {
            error(a.position(), "quiz_import.problem.numericNotANumber", Texts.shorten(value));
          } else if (tolerance.isEmpty()) {
            error(
                a.position(),
                "quiz_import.problem.toleranceNotANumber",
                Texts.shorten(toleranceText));
          } else {
            add(
                Choice.numeric(
                    new NumericAnswer(number.get(), tolerance.get()), weight.get(), feedback),
                a);
          }
        }
      }

      /**
       * @return the answer's fraction in percent (0 if absent), or empty with an error if it is
       *     malformed
       */
      private Optional<BigDecimal> fraction(XmlTree.Element answer) {
        String raw = answer.attribute("fraction").orElse("0");
        Optional<BigDecimal> weight = Decimals.parsePercent(raw);
        if (weight.isEmpty()) {
          error(answer.position(), "quiz_import.problem.fractionNotANumber", Texts.shorten(raw));
        }
        return weight;
      }

      private void add(Choice choice, XmlTree.Element at) {
        choices.add(choice);
        positions.add(at.position());
      }

      private void error(Position at, String key, Object... args) {
        failed = true;
        found.add(Problem.error(at, key, args));
      }
    }
  }
}
