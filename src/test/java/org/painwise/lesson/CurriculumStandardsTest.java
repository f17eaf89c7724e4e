package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.painwise.quiz.format.Choice;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.ParseResult;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.QuestionType;

/**
 * The standards every module of the real curriculum must meet (issue 11): a link to the one
 * red-flag page, a references file with entries, a quiz of at least 8 questions, and single-answer
 * choice questions whose right answer stands first in at most a third of them. Each module is
 * reported on its own, and each check is shown to fail on a broken fixture.
 */
class CurriculumStandardsTest {

  static final Path LESSONS = Path.of(System.getProperty("painwise.lessons.dir", "lessons"));

  static final String RED_FLAG_MODULE = "self-care";
  static final String RED_FLAG_PAGE = "when-to-see-a-doctor";
  static final int MIN_QUESTIONS = 8;

  private static final Pattern RED_FLAG_LINK =
      Pattern.compile(
          "\\]\\(lesson:" + RED_FLAG_MODULE + "/" + RED_FLAG_PAGE + "(#[a-z0-9-]+)?\\)");
  private static final Pattern SLUG = Pattern.compile("(?m)^slug:\\s*\"?([a-z0-9-]+)\"?\\s*$");
  private static final Pattern BULLET = Pattern.compile("(?m)^[-*] +\\S");
  private static final Pattern PAGE_FILE = Pattern.compile("\\d+-([a-z0-9-]+)\\.md");

  static Stream<String> modules() throws IOException {
    try (Stream<Path> dirs = Files.list(LESSONS)) {
      List<String> names =
          dirs.filter(d -> Files.isRegularFile(d.resolve("module.yaml")))
              .map(d -> d.getFileName().toString())
              .sorted()
              .toList();
      assertFalse(names.isEmpty(), "no module folders under " + LESSONS.toAbsolutePath());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0} links to the red-flag page")
  @MethodSource("modules")
  void everyModuleLinksToTheRedFlagPage(String module) {
    assertEquals(Optional.empty(), redFlagProblem(LESSONS.resolve(module)));
  }

  @ParameterizedTest(name = "{0} lists its references")
  @MethodSource("modules")
  void everyModuleHasReferences(String module) {
    assertEquals(Optional.empty(), referencesProblem(LESSONS.resolve(module)));
  }

  @ParameterizedTest(name = "{0} has a quiz of at least 8 questions")
  @MethodSource("modules")
  void everyModuleHasAQuizOfAtLeastEightQuestions(String module) {
    assertEquals(Optional.empty(), quizSizeProblem(LESSONS.resolve(module)));
  }

  @ParameterizedTest(name = "{0}: right answer first in at most a third of single-answer questions")
  @MethodSource("modules")
  void rightAnswersAreNotMostlyFirst(String module) {
    assertEquals(Optional.empty(), firstAnswerProblem(LESSONS.resolve(module)));
  }

  // ---- the checks, each returning a message that names the module when it fails ----

  static Optional<String> redFlagProblem(Path module) {
    String name = module.getFileName().toString();
    Matcher slug = SLUG.matcher(read(module.resolve("module.yaml")));
    boolean holdsThePage =
        slug.find()
            && slug.group(1).equals(RED_FLAG_MODULE)
            && pages(module).stream().anyMatch(p -> pageSlug(p).equals(RED_FLAG_PAGE));
    if (holdsThePage) {
      return Optional.empty();
    }
    for (Path page : pages(module)) {
      if (RED_FLAG_LINK.matcher(read(page)).find()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        name
            + ": no page links to lesson:"
            + RED_FLAG_MODULE
            + "/"
            + RED_FLAG_PAGE
            + " (add a short 'When to get help fast' note)");
  }

  static Optional<String> referencesProblem(Path module) {
    String name = module.getFileName().toString();
    Path refs = module.resolve("references.md");
    if (!Files.isRegularFile(refs)) {
      return Optional.of(name + ": references.md is missing");
    }
    if (!BULLET.matcher(read(refs)).find()) {
      return Optional.of(name + ": references.md has no bullet entry");
    }
    return Optional.empty();
  }

  static Optional<String> quizSizeProblem(Path module) {
    String name = module.getFileName().toString();
    Path quiz = module.resolve("quiz.gift");
    if (!Files.isRegularFile(quiz)) {
      return Optional.of(name + ": quiz.gift is missing");
    }
    ParseResult result = new GiftReader().read(read(quiz));
    int n = result.questions().size();
    if (n < MIN_QUESTIONS) {
      return Optional.of(
          name
              + ": the quiz has "
              + n
              + " questions, fewer than "
              + MIN_QUESTIONS
              + (result.errors().isEmpty() ? "" : "; parse errors: " + result.errors()));
    }
    if (!result.errors().isEmpty()) {
      return Optional.of(
          name + ": the quiz has parse errors, so some questions may be lost: " + result.errors());
    }
    return Optional.empty();
  }

  static Optional<String> firstAnswerProblem(Path module) {
    String name = module.getFileName().toString();
    Path quiz = module.resolve("quiz.gift");
    if (!Files.isRegularFile(quiz)) {
      return Optional.of(name + ": quiz.gift is missing");
    }
    List<ParsedQuestion> single =
        new GiftReader()
            .read(read(quiz)).questions().stream()
                .filter(CurriculumStandardsTest::hasOneRightChoice)
                .toList();
    List<String> first = new ArrayList<>();
    for (ParsedQuestion q : single) {
      if (q.choices().get(0).isCorrect()) {
        first.add(q.title());
      }
    }
    if (first.size() * 3 > single.size()) {
      return Optional.of(
          name
              + ": the right answer stands first in "
              + first.size()
              + " of "
              + single.size()
              + " single-answer questions (at most a third allowed): "
              + first);
    }
    return Optional.empty();
  }

  static boolean hasOneRightChoice(ParsedQuestion q) {
    return (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE)
        && q.choices().stream().filter(Choice::isCorrect).count() == 1;
  }

  private static List<Path> pages(Path module) {
    try (Stream<Path> files = Files.list(module)) {
      return files
          .filter(f -> PAGE_FILE.matcher(f.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pageSlug(Path page) {
    Matcher m = PAGE_FILE.matcher(page.getFileName().toString());
    return m.matches() ? m.group(1) : "";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the checks cannot pass vacuously ----

  private static final String GOOD_QUESTION =
      """
      // [tag:t]
      // [page:one#a]
      ::Q%d Title:: Which one? {
        ~Wrong one #No.
        =Right one #Yes.
        ~Wrong two #No.
        ####Because.
      }

      """;

  private static final String RIGHT_FIRST_QUESTION =
      """
      // [tag:t]
      // [page:one#a]
      ::Q%d Title:: Which one? {
        =Right one #Yes.
        ~Wrong one #No.
        ####Because.
      }

      """;

  private static Path module(
      Path root, String folder, String slug, String page, String refs, String quiz)
      throws IOException {
    Path m = Files.createDirectories(root.resolve(folder));
    Files.writeString(m.resolve("module.yaml"), "slug: " + slug + "\ntitle: \"T\"\n");
    Files.writeString(m.resolve("01-one.md"), "---\ntitle: One\n---\n\n## A\n\n" + page + "\n");
    if (refs != null) {
      Files.writeString(m.resolve("references.md"), refs);
    }
    if (quiz != null) {
      Files.writeString(m.resolve("quiz.gift"), quiz);
    }
    return m;
  }

  private static String questions(String template, int from, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      b.append(template.formatted(i));
    }
    return b.toString();
  }

  @Test
  void eachCheckFailsOnABrokenModuleAndPassesOnAGoodOne(@TempDir Path root) throws IOException {
    String goodQuiz = questions(RIGHT_FIRST_QUESTION, 1, 3) + questions(GOOD_QUESTION, 4, 6);
    Path good =
        module(
            root,
            "01-good",
            "good",
            "See [when to get help fast](lesson:self-care/when-to-see-a-doctor).",
            "# Sources for this module\n\n## Research\n\n- Author A (2020). Title. *Journal*.\n",
            goodQuiz);
    assertEquals(Optional.empty(), redFlagProblem(good));
    assertEquals(Optional.empty(), referencesProblem(good));
    assertEquals(Optional.empty(), quizSizeProblem(good));
    assertEquals(Optional.empty(), firstAnswerProblem(good), "3 of 9 first is allowed");

    Path broken =
        module(
            root,
            "02-broken",
            "broken",
            "Talk to [a doctor](lesson:self-care/slow-breathing) or see when-to-see-a-doctor.",
            "# Sources for this module\n\nSome articles about pain.\n",
            questions(RIGHT_FIRST_QUESTION, 1, 4) + questions(GOOD_QUESTION, 5, 3));
    assertTrue(redFlagProblem(broken).orElseThrow().startsWith("02-broken: no page links"));
    assertTrue(referencesProblem(broken).orElseThrow().contains("no bullet entry"));
    assertTrue(quizSizeProblem(broken).orElseThrow().contains("7 questions"));
    assertTrue(firstAnswerProblem(broken).orElseThrow().contains("first in 4 of 7"));

    Path garbled =
        module(
            root,
            "04-garbled",
            "garbled",
            "Nothing here.",
            null,
            goodQuiz + "::Q10 Broken:: Which one? {\n  =Right\n");
    assertTrue(
        quizSizeProblem(garbled).orElseThrow().contains("parse errors"),
        String.valueOf(quizSizeProblem(garbled)));

    Path empty = module(root, "03-empty", "empty", "Nothing here.", null, null);
    assertTrue(referencesProblem(empty).orElseThrow().contains("references.md is missing"));
    assertTrue(quizSizeProblem(empty).orElseThrow().contains("quiz.gift is missing"));
    assertTrue(firstAnswerProblem(empty).isPresent());
  }

  @Test
  void theModuleThatHoldsTheRedFlagPageCountsAsLinked(@TempDir Path root) throws IOException {
    Path selfCare = module(root, "07-self-care", RED_FLAG_MODULE, "No link.", null, null);
    Files.writeString(selfCare.resolve("06-" + RED_FLAG_PAGE + ".md"), "---\ntitle: T\n---\n");
    assertEquals(Optional.empty(), redFlagProblem(selfCare));

    Path other = module(root, "08-other", "other", "No link.", null, null);
    Files.writeString(other.resolve("06-" + RED_FLAG_PAGE + ".md"), "---\ntitle: T\n---\n");
    assertTrue(redFlagProblem(other).isPresent(), "a page of that name elsewhere does not count");
  }
}
