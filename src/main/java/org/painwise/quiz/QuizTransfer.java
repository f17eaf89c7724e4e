package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.GiftWriter;
import org.painwise.quiz.format.MoodleXmlReader;
import org.painwise.quiz.format.MoodleXmlWriter;
import org.painwise.quiz.format.ParseResult;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.Problem;
import org.painwise.quiz.format.QuizReader;
import org.painwise.quiz.format.TranslationPairs;

/**
 * Quiz files in and out of a module's bank: the import preview (nothing saved), the import, the
 * export in GIFT or Moodle XML, and the start-up import of a module's starter quiz.
 */
@ApplicationScoped
@Transactional
@Guarded(Role.EDUCATOR)
public class QuizTransfer {

  /** The largest quiz file accepted for import. */
  public static final int IMPORT_MAX_BYTES = 1_000_000;

  /**
   * The key of an import problem that breaks a rule of the question model; its arguments are the
   * field and the rule's own (already translated) message.
   */
  public static final String IMPORT_RULE_KEY = "quiz_import.problem.rule";

  @Inject private QuestionBank bank;
  @Inject private QuizPublishing publishing;
  @Inject private Validator validator;

  /** The two file formats. */
  public enum FileFormat {
    GIFT("gift", "text/plain"),
    MOODLE_XML("xml", "application/xml");

    private final String extension;
    private final String contentType;

    FileFormat(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }

    /** Moodle XML for a .xml name or a file that starts like XML, GIFT otherwise. */
    public static FileFormat guess(String fileName, String content) {
      String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      return name.endsWith(".xml") || content.stripLeading().startsWith("<") ? MOODLE_XML : GIFT;
    }
  }

  /** A question ready to import, or one that is not, with why. */
  public record ImportRow(
      int line, String title, String type, String stem, String concept, List<Problem> problems)
      implements Serializable {

    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  /**
   * What an import would do, before anything is saved.
   *
   * @param rows every question that was read, valid or not
   * @param problems every problem of the file, by line and column
   * @param valid the drafts that can be imported, in file order
   */
  public record ImportPreview(
      FileFormat format, List<ImportRow> rows, List<Problem> problems, List<QuestionDraft> valid)
      implements Serializable {}

  /**
   * Reads a quiz file without saving anything: every question, every problem by line and column,
   * and the questions that can be imported.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ImportPreview preview(String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    FileFormat format = FileFormat.guess(fileName, text);
    QuizReader reader = format == FileFormat.GIFT ? new GiftReader() : new MoodleXmlReader();
    ParseResult parsed = reader.read(text);
    List<ImportRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(parsed.problems());
    List<QuestionDraft> valid = new ArrayList<>();
    for (ParsedQuestion p : parsed.questions()) {
      QuestionDraft draft = QuestionMapping.fromParsed(p);
      List<Problem> rules =
          validator.validate(draft).stream()
              .map(v -> List.of(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(
                  Comparator.comparing((List<String> v) -> v.get(0)).thenComparing(v -> v.get(1)))
              .map(v -> new Problem(p.line(), 0, Problem.Severity.ERROR, IMPORT_RULE_KEY, v, ""))
              .toList();
      problems.addAll(rules);
      if (rules.isEmpty()) {
        valid.add(draft);
      }
      rows.add(
          new ImportRow(
              p.line(),
              p.title(),
              p.type().name(),
              QuizText.plain(draft.getLabel().equals(p.title()) ? p.text() : draft.getLabel()),
              draft.getConceptTag(),
              rules));
    }
    for (Problem problem : parsed.problems()) {
      if (problem.skipsQuestion()) {
        rows.add(
            new ImportRow(problem.line(), "", problem.unsupportedType(), "", "", List.of(problem)));
      }
    }
    rows.sort(Comparator.comparingInt(ImportRow::line));
    return new ImportPreview(format, rows, problems, valid);
  }

  /**
   * Appends the questions to a module's bank (creating its quiz if need be); they go live at the
   * next publish.
   */
  public int importQuestions(String moduleSlug, List<QuestionDraft> drafts)
      throws QuizNotFoundException {
    for (QuestionDraft draft : drafts) {
      bank.create(moduleSlug, draft);
    }
    return drafts.size();
  }

  /** The bank of a module as a GIFT or Moodle XML file (empty when it has no quiz yet). */
  public String export(String moduleSlug, FileFormat format) throws QuizNotFoundException {
    Quiz quiz = bank.quiz(moduleSlug);
    List<ParsedQuestion> questions =
        quiz.getId() == null
            ? List.of()
            : bank.bank(quiz).stream().map(QuestionMapping::toParsed).toList();
    return format == FileFormat.GIFT
        ? new GiftWriter().write(questions)
        : new MoodleXmlWriter().write(questions);
  }

  /**
   * What importing a quiz's translation did.
   *
   * @param imported how many bank questions got their translation
   * @param published how many questions of the latest published version got it too
   * @param skipped the file's questions that could not be matched with a bank question, or do not
   *     fit it (another type, other answers or credit), each with its line and why
   */
  public record TranslationImport(int imported, int published, List<String> skipped)
      implements Serializable {}

  /**
   * Imports the translation of a module's starter quiz ({@code lessons/NN-slug/fr/quiz.gift}) into
   * its bank, only when no question of the bank is translated into {@code language} yet, so an
   * educator's translations are never overwritten. Each question of the file translates the bank
   * question with the same id token at the start of its name ({@code Q3}), or, without a token, the
   * one at the same position; it must have the same type, and the same answers in the same order
   * with the same credit (a short answer: any accepted answers of its own). The latest published
   * version gets the translations of the questions it holds unchanged (in a new database: the
   * version just published; in an existing one: without a new version).
   *
   * @return what was imported; empty when the module has no quiz, or one translated already
   */
  public Optional<TranslationImport> importStarterTranslation(
      String moduleSlug, String language, String gift) {
    Optional<Quiz> found = bank.find(moduleSlug);
    if (found.isEmpty() || bank.translatedCount(found.get(), language) > 0) {
      return Optional.empty();
    }
    Quiz quiz = found.get();
    List<Question> questions = bank.bank(quiz);
    ParseResult parsed =
        new GiftReader().read(gift.startsWith("\uFEFF") ? gift.substring(1) : gift);
    TranslationPairs.Result pairs =
        TranslationPairs.pair(
            questions.stream().map(QuestionMapping::toParsed).toList(), parsed.questions());
    List<String> skipped = new ArrayList<>();
    parsed.errors().forEach(p -> skipped.add("line " + p.line() + ": " + p.key()));
    pairs.misfits().forEach(m -> skipped.add(m.toString()));
    int imported = 0;
    for (var pair : pairs.byEnglish().entrySet()) {
      QuestionDraft draft = QuestionMapping.fromParsed(pair.getValue());
      if (!validator.validate(draft).isEmpty()) {
        skipped.add(
            "line " + pair.getValue().line() + ": a text breaks a rule of the question model");
        continue;
      }
      bank.addTranslation(questions.get(pair.getKey()), language, draft);
      imported++;
    }
    int published = publishing.addTranslationsToLatest(quiz, language);
    return Optional.of(new TranslationImport(imported, published, skipped));
  }

  /**
   * Imports a module's starter quiz and publishes it, only if the module has no quiz yet, so an
   * educator's later edits are never overwritten. Its short answers accept small slips and its
   * choices are shuffled.
   *
   * @return how many questions were imported; empty when the module has a quiz already
   */
  public Optional<Integer> importStarter(String moduleSlug, String gift)
      throws QuizNotFoundException, QuizNotPublishableException {
    if (bank.find(moduleSlug).isPresent()) {
      return Optional.empty();
    }
    ImportPreview preview = preview("quiz.gift", gift.getBytes(StandardCharsets.UTF_8));
    for (QuestionDraft draft : preview.valid()) {
      draft.setLenientMatch(true);
    }
    int count = importQuestions(moduleSlug, preview.valid());
    bank.find(moduleSlug)
        .ifPresent(
            quiz -> {
              QuizSettings settings = QuizSettings.of(quiz);
              settings.setShuffleChoices(true);
              quiz.apply(settings);
            });
    publishing.publish(moduleSlug, null);
    return Optional.of(count);
  }
}
