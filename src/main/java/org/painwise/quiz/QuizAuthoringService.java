package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.painwise.lesson.Module;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.GiftWriter;
import org.painwise.quiz.format.MoodleXmlReader;
import org.painwise.quiz.format.MoodleXmlWriter;
import org.painwise.quiz.format.ParseResult;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.Problem;
import org.painwise.quiz.format.QuizReader;

/**
 * Authoring, for educators: the question bank of each module, publishing versions, import and
 * export in GIFT and Moodle XML, and item statistics. The pages that call it are restricted to the
 * EDUCATOR role.
 */
@ApplicationScoped
@Transactional
public class QuizAuthoringService {

  /** The largest quiz file accepted for import. */
  public static final int IMPORT_MAX_BYTES = 1_000_000;

  /**
   * The key of an import problem that breaks a rule of the question model; its arguments are the
   * field and the rule's own (already translated) message.
   */
  public static final String IMPORT_RULE_KEY = "quiz_import.problem.rule";

  @PersistenceContext private EntityManager em;
  @Inject private Validator validator;

  /** A module and where its quiz stands, for the educator's home page. */
  public record QuizSummary(
      String moduleSlug,
      String moduleTitle,
      QuizStatus status,
      int latestVersion,
      long questionCount)
      implements Serializable {}

  /** A published version in the version list. */
  public record VersionSummary(int number, Instant publishedAt, int questionCount, long attempts)
      implements Serializable {}

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
   * @param problems every problem of the file, by line and column, as message keys and arguments
   * @param valid the drafts that can be imported, in file order
   */
  public record ImportPreview(
      FileFormat format, List<ImportRow> rows, List<Problem> problems, List<QuestionDraft> valid)
      implements Serializable {}

  /** Item statistics of one question of a version. */
  public record ItemStats(
      int number,
      String label,
      long answered,
      double shareCorrect,
      Optional<Double> discrimination,
      List<ChoiceStats> choices)
      implements Serializable {}

  /** How often one choice was picked. */
  public record ChoiceStats(String label, boolean correct, long picks, double share)
      implements Serializable {}

  /** Statistics of a version, from its submitted attempts. */
  public record Statistics(int versionNumber, long attempts, List<ItemStats> items)
      implements Serializable {}

  public List<QuizSummary> summaries() {
    Map<Long, Quiz> quizzes =
        em.createNamedQuery("Quiz.findAll", Quiz.class)
            .getResultStream()
            .collect(Collectors.toMap(q -> q.getModule().getId(), q -> q));
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select q.quiz.id, count(q) from Question q" + " group by q.quiz.id",
                Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return em.createNamedQuery("Module.findAll", Module.class)
        .getResultStream()
        .map(
            m -> {
              Quiz q = quizzes.get(m.getId());
              return q == null
                  ? new QuizSummary(m.getSlug(), m.getTitle(), QuizStatus.DRAFT, 0, 0)
                  : new QuizSummary(
                      m.getSlug(),
                      m.getTitle(),
                      q.getStatus(),
                      q.getLatestVersion(),
                      counts.getOrDefault(q.getId(), 0L));
            })
        .toList();
  }

  /** The quiz of a module; a module without one gets an empty draft quiz. */
  public Quiz quiz(String moduleSlug) throws QuizNotFoundException {
    Optional<Quiz> quiz =
        em.createNamedQuery("Quiz.findByModuleSlug", Quiz.class)
            .setParameter("slug", moduleSlug)
            .getResultStream()
            .findFirst();
    if (quiz.isPresent()) {
      return quiz.get();
    }
    Module module = module(moduleSlug).orElseThrow(() -> new QuizNotFoundException(moduleSlug));
    Quiz created = new Quiz(module);
    em.persist(created);
    return created;
  }

  /** Saves the settings of a quiz. They apply to attempts started from now on. */
  public Quiz saveSettings(
      String moduleSlug,
      int passMark,
      Integer maxAttempts,
      Grading grading,
      boolean shuffleQuestions,
      boolean shuffleChoices,
      FeedbackMode feedbackMode)
      throws QuizNotFoundException {
    Quiz quiz = quiz(moduleSlug);
    quiz.setPassMark(passMark);
    quiz.setMaxAttempts(maxAttempts);
    quiz.setGrading(grading);
    quiz.setShuffleQuestions(shuffleQuestions);
    quiz.setShuffleChoices(shuffleChoices);
    quiz.setFeedbackMode(feedbackMode);
    return quiz;
  }

  public List<Question> questions(long quizId, String search, int first, int size) {
    return searchQuery(
            "select q from Question q",
            quizId,
            search,
            Question.class,
            " order by q.position, q.id")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countQuestions(long quizId, String search) {
    return searchQuery("select count(q) from Question q", quizId, search, Long.class, "")
        .getSingleResult();
  }

  private <T> TypedQuery<T> searchQuery(
      String select, long quizId, String search, Class<T> type, String order) {
    boolean filtered = search != null && !search.isBlank();
    TypedQuery<T> query =
        em.createQuery(
                select
                    + " where q.quiz.id = :quizId"
                    + (filtered
                        ? " and (lower(q.title) like :s escape '\\' or lower(q.stem) like :s escape '\\'"
                            + " or q.conceptTag like :s escape '\\')"
                        : "")
                    + order,
                type)
            .setParameter("quizId", quizId);
    if (filtered) {
      query.setParameter(
          "s",
          "%"
              + search
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    return query;
  }

  /** A bank question with its choices. */
  public Optional<Question> question(long id) {
    Optional<Question> q = Optional.ofNullable(em.find(Question.class, id));
    q.ifPresent(found -> found.getChoices().size());
    q.ifPresent(found -> found.getQuiz().getModule().getSlug());
    return q;
  }

  /** Adds a question at the end of a module's bank. */
  public Question create(String moduleSlug, QuestionDraft draft) throws QuizNotFoundException {
    Quiz quiz = quiz(moduleSlug);
    Question q = new Question(quiz, nextPosition(quiz));
    q.replaceContent(sanitised(draft));
    em.persist(q);
    quiz.bankChanged();
    return q;
  }

  /**
   * Saves an edit of a question opened at {@code expectedVersion}. If someone else saved or deleted
   * it since, the edit is refused and nothing is overwritten.
   */
  @Transactional(rollbackOn = QuestionConflictException.class)
  public Question save(long id, long expectedVersion, QuestionDraft draft)
      throws QuestionConflictException {
    Question q = em.find(Question.class, id);
    if (q == null || q.getVersion() != expectedVersion) {
      throw new QuestionConflictException(id);
    }
    q.replaceContent(sanitised(draft));
    q.getQuiz().bankChanged();
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new QuestionConflictException(id);
    }
    return q;
  }

  /** A copy of a question, placed at the end of the bank. */
  public Question duplicate(long id, String titleSuffix) throws QuestionNotFoundException {
    Question original = question(id).orElseThrow(() -> new QuestionNotFoundException(id));
    Question copy = new Question(original.getQuiz(), nextPosition(original.getQuiz()));
    copy.replaceContent(original);
    copy.setTitle(original.getTitle().isBlank() ? "" : original.getTitle() + titleSuffix);
    em.persist(copy);
    original.getQuiz().bankChanged();
    return copy;
  }

  /** Deletes a question from the bank. Published versions keep their own copy. */
  @Transactional(rollbackOn = QuestionConflictException.class)
  public void delete(long id, long expectedVersion) throws QuestionConflictException {
    Question q = em.find(Question.class, id);
    if (q == null || q.getVersion() != expectedVersion) {
      throw new QuestionConflictException(id);
    }
    q.getQuiz().bankChanged();
    em.remove(q);
  }

  /** Moves a question up (-1) or down (+1) in its bank. */
  public void move(long id, int direction) throws QuestionNotFoundException {
    Question q = em.find(Question.class, id);
    if (q == null) {
      throw new QuestionNotFoundException(id);
    }
    List<Question> bank = new ArrayList<>(bank(q.getQuiz()));
    int from = bank.indexOf(q);
    int to = from + Integer.signum(direction);
    if (to < 0 || to >= bank.size()) {
      return;
    }
    bank.set(from, bank.get(to));
    bank.set(to, q);
    for (int i = 0; i < bank.size(); i++) {
      bank.get(i).setPosition(i + 1);
    }
    q.getQuiz().bankChanged();
  }

  /**
   * Publishes the bank as the next version. Refused, naming the questions, when a question has no
   * correct answer, or when the bank is empty.
   */
  public QuizVersion publish(String moduleSlug, Long publishedBy)
      throws QuizNotFoundException, QuizNotPublishableException {
    Quiz quiz = quiz(moduleSlug);
    List<Question> bank = bank(quiz);
    List<String> broken =
        bank.stream()
            .filter(q -> QuestionRules.problem(q).isPresent())
            .map(q -> q.getPosition() + ". " + q.getLabel())
            .toList();
    if (bank.isEmpty() || !broken.isEmpty()) {
      throw new QuizNotPublishableException(broken);
    }
    QuizVersion version = new QuizVersion(quiz, quiz.getLatestVersion() + 1, publishedBy, bank);
    em.persist(version);
    quiz.published(version.getNumber());
    return version;
  }

  public List<VersionSummary> versions(long quizId) {
    Map<Long, Long> attempts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.quizVersion.id, count(a) from Attempt a"
                    + " where a.quiz.id = :quizId group by a.quizVersion.id",
                Object[].class)
            .setParameter("quizId", quizId)
            .getResultList()) {
      attempts.put((Long) row[0], (Long) row[1]);
    }
    return em.createNamedQuery("QuizVersion.findByQuiz", QuizVersion.class)
        .setParameter("quizId", quizId)
        .getResultStream()
        .map(
            v ->
                new VersionSummary(
                    v.getNumber(),
                    v.getPublishedAt(),
                    v.getQuestions().size(),
                    attempts.getOrDefault(v.getId(), 0L)))
        .toList();
  }

  /**
   * Reads a quiz file without saving anything: every question, every problem by line and column,
   * and the questions that can be imported.
   */
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

  /** Appends the questions to a module's bank; they go live at the next publish. */
  public int importQuestions(String moduleSlug, List<QuestionDraft> drafts)
      throws QuizNotFoundException {
    for (QuestionDraft draft : drafts) {
      create(moduleSlug, draft);
    }
    return drafts.size();
  }

  /** The bank of a module as a GIFT or Moodle XML file. */
  public String export(String moduleSlug, FileFormat format) throws QuizNotFoundException {
    Quiz quiz =
        em.createNamedQuery("Quiz.findByModuleSlug", Quiz.class)
            .setParameter("slug", moduleSlug)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new QuizNotFoundException(moduleSlug));
    List<ParsedQuestion> questions = bank(quiz).stream().map(QuestionMapping::toParsed).toList();
    return format == FileFormat.GIFT
        ? new GiftWriter().write(questions)
        : new MoodleXmlWriter().write(questions);
  }

  /**
   * Imports a module's starter quiz and publishes it, only if the module has no quiz yet, so an
   * educator's later edits are never overwritten.
   *
   * @return how many questions were imported; empty when the module has a quiz already
   */
  public Optional<Integer> importStarter(String moduleSlug, String gift)
      throws QuizNotFoundException, QuizNotPublishableException {
    if (!em.createNamedQuery("Quiz.findByModuleSlug", Quiz.class)
        .setParameter("slug", moduleSlug)
        .getResultList()
        .isEmpty()) {
      return Optional.empty();
    }
    ImportPreview preview = preview("quiz.gift", gift.getBytes(StandardCharsets.UTF_8));
    int count = importQuestions(moduleSlug, preview.valid());
    publish(moduleSlug, null);
    return Optional.of(count);
  }

  /** Whether a module with this slug exists. */
  public boolean moduleExists(String moduleSlug) {
    return module(moduleSlug).isPresent();
  }

  /**
   * Item statistics of a published version (the latest when {@code versionNumber} is empty): the
   * share of full-credit answers, an upper–lower 27% discrimination index, and how often each
   * choice was picked.
   */
  public Optional<Statistics> statistics(String moduleSlug, Optional<Integer> versionNumber)
      throws QuizNotFoundException {
    Quiz quiz = quiz(moduleSlug);
    if (!quiz.isPublished()) {
      return Optional.empty();
    }
    Optional<QuizVersion> version =
        em.createNamedQuery("QuizVersion.findByNumber", QuizVersion.class)
            .setParameter("quizId", quiz.getId())
            .setParameter("number", versionNumber.orElse(quiz.getLatestVersion()))
            .getResultStream()
            .findFirst();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    List<Answer> answers =
        em.createNamedQuery("Answer.findByVersion", Answer.class)
            .setParameter("versionId", version.get().getId())
            .getResultList();
    return Optional.of(ItemAnalysis.analyse(version.get(), answers));
  }

  private Optional<Module> module(String slug) {
    return em.createNamedQuery("Module.findBySlug", Module.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  private List<Question> bank(Quiz quiz) {
    return em.createNamedQuery("Question.findByQuiz", Question.class)
        .setParameter("quizId", quiz.getId())
        .getResultList();
  }

  private int nextPosition(Quiz quiz) {
    return em.createNamedQuery("Question.maxPosition", Integer.class)
            .setParameter("quizId", quiz.getId())
            .getSingleResult()
        + 1;
  }

  /** Authored HTML is sanitised before it is stored, and checked by the entity's rules. */
  private QuestionDraft sanitised(QuestionDraft draft) {
    QuestionDraft clean = QuestionDraft.of(draft);
    if (clean.getFormat() == org.painwise.quiz.format.TextFormat.HTML) {
      clean.setStem(QuizText.sanitise(clean.getStem()));
      clean.setExplanation(QuizText.sanitise(clean.getExplanation()));
      for (QuestionDraft.ChoiceDraft c : clean.getChoices()) {
        c.setText(QuizText.sanitise(c.getText()));
        c.setMatchText(QuizText.sanitise(c.getMatchText()));
        c.setFeedback(QuizText.sanitise(c.getFeedback()));
      }
    }
    clean.renumber();
    java.util.Set<ConstraintViolation<QuestionDraft>> violations = validator.validate(clean);
    if (!violations.isEmpty()) {
      throw new jakarta.validation.ConstraintViolationException(violations);
    }
    return clean;
  }
}
