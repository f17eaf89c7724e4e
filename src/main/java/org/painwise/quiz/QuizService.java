package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.painwise.account.Guarded;
import org.painwise.account.Learner;
import org.painwise.account.Self;
import org.painwise.config.Languages;
import org.painwise.config.Metrics;
import org.painwise.lesson.LessonTexts;
import org.painwise.lesson.Module;
import org.painwise.progress.ProgressService;
import org.painwise.quiz.Sheet.Feedback;

/**
 * Taking quizzes: starting or resuming an attempt, saving answers as the learner goes, submitting
 * once, the results, and what the progress code needs to know. Every method checks that the attempt
 * is the caller's: another learner's attempt answers like one that does not exist.
 *
 * <p>An attempt is taken in one language, kept with it: its questions, feedback and review are in
 * that language where its version has the question translated, and in English otherwise.
 */
@ApplicationScoped
@Transactional
@Guarded
public class QuizService {

  private static final Random SEEDS = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private ProgressService progress;
  @Inject private Metrics metrics;
  @Inject private LessonTexts lessonTexts;

  /** A quiz as learners and the progress code see it. */
  public record QuizInfo(
      long quizId,
      long moduleId,
      String moduleSlug,
      String moduleTitle,
      boolean published,
      int passMark,
      Integer maxAttempts,
      Grading grading,
      FeedbackMode feedbackMode,
      int latestVersion)
      implements Serializable {

    static QuizInfo of(Quiz q) {
      Module m = q.getModule();
      return new QuizInfo(
          q.getId(),
          m.getId(),
          m.getSlug(),
          m.getTitle(),
          q.isPublished(),
          q.getPassMark(),
          q.getMaxAttempts(),
          q.getGrading(),
          q.getFeedbackMode(),
          q.getLatestVersion());
    }
  }

  /** A submitted attempt in a learner's list. */
  public record AttemptSummary(
      long id, int number, Instant submittedAt, int scorePercent, boolean passed)
      implements Serializable {}

  /** Where a learner stands with a quiz. */
  public record Overview(QuizInfo quiz, boolean inProgress, List<AttemptSummary> submitted)
      implements Serializable {

    /** The grade, best or last as the quiz says; empty before the first submitted attempt. */
    public Optional<Integer> grade() {
      return Scoring.grade(
          submitted.stream().map(AttemptSummary::scorePercent).toList(), quiz.grading());
    }

    public boolean isGradePassed() {
      return grade().map(g -> g >= quiz.passMark()).orElse(false);
    }

    /** Attempts left, or empty when unlimited. */
    public Optional<Integer> attemptsLeft() {
      return Optional.ofNullable(quiz.maxAttempts())
          .map(max -> Math.max(0, max - submitted.size()));
    }

    public boolean canStart() {
      return inProgress || attemptsLeft().map(left -> left > 0).orElse(true);
    }
  }

  /** A lesson page to go back to for a concept the learner missed. */
  public record ReviewLink(
      String concept, String moduleSlug, String pageSlug, String anchor, String pageTitle)
      implements Serializable {

    /** The lesson URL within the app: /lessons/module/page#anchor. */
    public String path() {
      return "/lessons/" + moduleSlug + "/" + pageSlug + (anchor.isEmpty() ? "" : "#" + anchor);
    }
  }

  /**
   * One question of a submitted attempt, as it was in the attempt's version, in the attempt's
   * language or (not translated) in English: {@code language} says which.
   */
  public record Reviewed(int number, String stemHtml, Feedback feedback, String language)
      implements Serializable {}

  /** A submitted attempt: its score and everything to learn from it. */
  public record Result(
      long attemptId,
      int number,
      int versionNumber,
      int scorePercent,
      boolean passed,
      Instant submittedAt,
      List<Reviewed> questions,
      List<ReviewLink> reviewLinks,
      Overview overview,
      String language)
      implements Serializable {

    /** Whether some questions are shown in English, not being translated into its language. */
    public boolean hasUntranslatedQuestions() {
      return questions.stream().anyMatch(q -> !q.language().equals(language));
    }
  }

  public Optional<QuizInfo> quizForModule(String slug) {
    return findQuiz(slug).map(QuizInfo::of);
  }

  public Overview overview(@Self long accountId, String slug) throws QuizNotFoundException {
    return overview(accountId, playable(slug));
  }

  private Overview overview(long accountId, Quiz quiz) {
    boolean open = openAttempt(accountId, quiz).isPresent();
    List<AttemptSummary> submitted =
        em.createNamedQuery("Attempt.findSubmitted", Attempt.class)
            .setParameter("accountId", accountId)
            .setParameter("quizId", quiz.getId())
            .getResultStream()
            .map(
                a ->
                    new AttemptSummary(
                        a.getId(),
                        a.getNumber(),
                        a.getSubmittedAt(),
                        a.getScorePercent(),
                        Boolean.TRUE.equals(a.getPassed())))
            .toList();
    return new Overview(QuizInfo.of(quiz), open, submitted);
  }

  /** The attempt in progress, as the learner sees it, if there is one. */
  public Optional<Sheet> openSheet(@Self long accountId, String slug) throws QuizNotFoundException {
    return openAttempt(accountId, playable(slug)).map(this::sheet);
  }

  /** Resumes the attempt in progress, or starts a new one on the latest version, in English. */
  public long start(@Self long accountId, String slug)
      throws QuizNotFoundException, NoAttemptsLeftException {
    return start(accountId, slug, Languages.BASE);
  }

  /**
   * Resumes the attempt in progress (in the language it was started in), or starts a new one on the
   * latest version in {@code language} ("en", "fr"; any other is English).
   */
  public long start(@Self long accountId, String slug, String language)
      throws QuizNotFoundException, NoAttemptsLeftException {
    Quiz quiz = playable(slug);
    Optional<Attempt> open = openAttempt(accountId, quiz);
    if (open.isPresent()) {
      return open.get().getId();
    }
    Overview overview = overview(accountId, quiz);
    if (!overview.canStart()) {
      throw new NoAttemptsLeftException(quiz.getMaxAttempts());
    }
    QuizVersion version =
        em.createNamedQuery("QuizVersion.findByNumber", QuizVersion.class)
            .setParameter("quizId", quiz.getId())
            .setParameter("number", quiz.getLatestVersion())
            .getSingleResult();
    long seed = SEEDS.nextLong();
    List<Long> order =
        new ArrayList<>(version.getQuestions().stream().map(VersionQuestion::getId).toList());
    if (quiz.isShuffleQuestions()) {
      Collections.shuffle(order, new Random(seed));
    }
    int number =
        em.createNamedQuery("Attempt.maxNumber", Integer.class)
                .setParameter("accountId", accountId)
                .setParameter("quizId", quiz.getId())
                .getSingleResult()
            + 1;
    Attempt attempt =
        new Attempt(
            accountId,
            version,
            number,
            order,
            seed,
            Languages.isSupported(language) ? language : Languages.BASE);
    em.persist(attempt);
    return attempt.getId();
  }

  /**
   * What saving an answer did.
   *
   * @param at when it was saved
   * @param revision the attempt's revision after the save
   * @param changedElsewhere the attempt had changed since the revision the page knew (another tab
   *     or device saved to it): the page should show the current answers
   */
  public record Saved(Instant at, long revision, boolean changedElsewhere)
      implements Serializable {}

  /** How a submit ended. */
  public enum Submitted {
    /** This call submitted and graded the attempt. */
    SUBMITTED,
    /** It was submitted before (a double click, the back button, another tab): nothing changed. */
    BEFORE,
    /**
     * Not submitted: the attempt changed elsewhere since the page was read, and a saved answer
     * differs from what the page shows. The page's new answers are kept; it should show the current
     * ones and let the learner submit again.
     */
    CHANGED_ELSEWHERE
  }

  /** The attempt in progress with this id, as the learner sees it; empty once it is submitted. */
  public Optional<Sheet> openSheet(@Self long accountId, long attemptId)
      throws AttemptNotFoundException {
    Attempt attempt = own(accountId, attemptId);
    return attempt.isSubmitted() ? Optional.empty() : Optional.of(sheet(attempt));
  }

  /** Saves one answer of an attempt in progress; returns when it was saved. */
  public Instant saveAnswer(@Self long accountId, long attemptId, long questionId, String encoded)
      throws AttemptNotFoundException, AttemptClosedException {
    return saveAnswer(accountId, attemptId, questionId, encoded, -1).at();
  }

  /**
   * Saves one answer of an attempt in progress, which the learner changed on a page that showed
   * revision {@code seenRevision} of the attempt (-1: unknown).
   */
  public Saved saveAnswer(
      @Self long accountId, long attemptId, long questionId, String encoded, long seenRevision)
      throws AttemptNotFoundException, AttemptClosedException {
    Attempt attempt = ownForUpdate(accountId, attemptId);
    if (attempt.isSubmitted()) {
      throw new AttemptClosedException(attemptId);
    }
    VersionQuestion question = questionOf(attempt, questionId);
    Instant now = Instant.now();
    Answer answer = answersOf(attempt).get(questionId);
    if (answer != null && answer.isChecked()) {
      throw new AttemptClosedException(attemptId);
    }
    boolean elsewhere =
        seenRevision >= 0
            && attempt.getRevision() != seenRevision
            && !sameSaveAgain(attempt, answer, question, encoded, seenRevision);
    store(attempt, answer, question, encoded, now);
    metrics.count(Metrics.QUIZ_SAVES);
    return new Saved(now, attempt.getRevision(), elsewhere);
  }

  /**
   * Saves the answers that a page kept while it could not save them (the session had expired): an
   * answer is saved only where it is not blank, so that it never replaces a saved answer with a
   * blank. Checked answers do not change.
   *
   * @return the attempt's revision after it
   */
  public long keep(@Self long accountId, long attemptId, Map<Long, String> answers)
      throws AttemptNotFoundException, AttemptClosedException {
    Attempt attempt = ownForUpdate(accountId, attemptId);
    if (attempt.isSubmitted()) {
      throw new AttemptClosedException(attemptId);
    }
    Instant now = Instant.now();
    Map<Long, VersionQuestion> questions = questionsOf(attempt);
    Map<Long, Answer> saved = answersOf(attempt);
    for (Long id : attempt.questionOrder()) {
      Answer answer = saved.get(id);
      String given = clean(questions.get(id), answers.get(id));
      if (!given.isEmpty()
          && (answer == null || (!answer.isChecked() && !given.equals(answer.getResponse())))) {
        store(attempt, answer, questions.get(id), given, now);
      }
    }
    return attempt.getRevision();
  }

  /** Immediate feedback: saves the answer, locks it and says how it fared. */
  public Feedback check(@Self long accountId, long attemptId, long questionId, String encoded)
      throws AttemptNotFoundException, AttemptClosedException {
    Attempt attempt = ownForUpdate(accountId, attemptId);
    if (attempt.isSubmitted() || attempt.getQuiz().getFeedbackMode() != FeedbackMode.IMMEDIATE) {
      throw new AttemptClosedException(attemptId);
    }
    VersionQuestion question = questionOf(attempt, questionId);
    QuestionContent shown = translations(attempt).content(question);
    Answer answer = answersOf(attempt).get(questionId);
    if (answer != null && answer.isChecked()) {
      return Sheets.feedback(shown, Response.decode(question.getType(), answer.getResponse()));
    }
    answer = store(attempt, answer, question, encoded, Instant.now());
    Response response = Response.decode(question.getType(), answer.getResponse());
    answer.check(Scoring.mark(shown, response).credit());
    return Sheets.feedback(shown, response);
  }

  /**
   * Submits an attempt with its last answers, and grades it. A second submit (double click, the
   * back button) changes nothing.
   *
   * @param answers the answers on the page when it was submitted, by question id
   * @return true if this call submitted it, false if it was submitted before
   */
  public boolean submit(@Self long accountId, long attemptId, Map<Long, String> answers)
      throws AttemptNotFoundException {
    return submit(accountId, attemptId, answers, -1) == Submitted.SUBMITTED;
  }

  /**
   * Submits an attempt with the answers of a page that showed revision {@code seenRevision} of it
   * (-1: unknown), merged with what is saved: a blank answer on the page never replaces a saved
   * one. When the attempt changed elsewhere since that revision and a saved answer differs from the
   * page's, nothing is submitted: the page's answers are kept where nothing was saved, and the
   * learner sees the current answers before submitting again.
   */
  public Submitted submit(
      @Self long accountId, long attemptId, Map<Long, String> answers, long seenRevision)
      throws AttemptNotFoundException {
    Attempt attempt = ownForUpdate(accountId, attemptId);
    if (attempt.isSubmitted()) {
      return Submitted.BEFORE;
    }
    Instant now = Instant.now();
    Map<Long, VersionQuestion> questions = questionsOf(attempt);
    Map<Long, Answer> saved = answersOf(attempt);
    Map<Long, String> given = new HashMap<>();
    boolean conflict = false;
    for (Long id : attempt.questionOrder()) {
      Answer answer = saved.get(id);
      String page = clean(questions.get(id), answers.get(id));
      given.put(id, page);
      if (answer != null
          && !answer.isChecked()
          && !answer.getResponse().isEmpty()
          && !answer.getResponse().equals(page)) {
        conflict = true;
      }
    }
    boolean stale = seenRevision >= 0 && attempt.getRevision() != seenRevision;
    if (stale && conflict) {
      for (Long id : attempt.questionOrder()) {
        Answer answer = saved.get(id);
        if (!given.get(id).isEmpty() && (answer == null || answer.getResponse().isEmpty())) {
          store(attempt, answer, questions.get(id), given.get(id), now);
        }
      }
      return Submitted.CHANGED_ELSEWHERE;
    }
    for (Long id : attempt.questionOrder()) {
      Answer answer = saved.get(id);
      if (answer == null || !answer.isChecked()) {
        // Merge: a blank on the page (a tab that never saw the answer) keeps the saved answer.
        String page = given.get(id);
        String encoded = !page.isEmpty() ? page : answer == null ? "" : answer.getResponse();
        saved.put(id, store(attempt, answer, questions.get(id), encoded, now));
      }
    }
    em.flush();
    int changed =
        em.createNamedQuery("Attempt.markSubmitted")
            .setParameter("now", now)
            .setParameter("id", attemptId)
            .executeUpdate();
    if (changed == 0) {
      return Submitted.BEFORE;
    }
    metrics.count(Metrics.QUIZ_SUBMITS);
    List<BigDecimal> credits = new ArrayList<>();
    Translations translations = translations(attempt);
    for (Long id : attempt.questionOrder()) {
      VersionQuestion q = questions.get(id);
      Answer answer = saved.get(id);
      BigDecimal credit =
          Scoring.mark(translations.content(q), Response.decode(q.getType(), answer.getResponse()))
              .credit();
      answer.grade(credit);
      credits.add(credit);
    }
    attempt.graded(
        now, Scoring.percent(credits), Scoring.passes(credits, attempt.getQuiz().getPassMark()));
    em.flush();
    // The latest score for the therapist's table, and module completion when it was passed.
    progress.recordQuizResult(
        accountId, attempt.getQuiz().getModule().getId(), attempt.getScorePercent());
    return Submitted.SUBMITTED;
  }

  /**
   * Whether the one change since the page's revision left this answer as this save makes it: this
   * very save, sent again (in a cluster, a node that stored it died before it answered, and the
   * balancer sent it to the other node), or another window that made the same choice. Either way
   * the page already shows what is stored, so it is not a change made elsewhere.
   */
  private static boolean sameSaveAgain(
      Attempt attempt, Answer stored, VersionQuestion question, String encoded, long seenRevision) {
    return attempt.getRevision() == seenRevision + 1
        && stored != null
        && clean(question, encoded).equals(stored.getResponse());
  }

  /** An answer as {@link Response} encodes it for this question; empty when blank or invalid. */
  private static String clean(VersionQuestion question, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return "";
    }
    String clean = Response.decode(question.getType(), encoded).encode(question.getType());
    return clean.length() > Answer.RESPONSE_MAX ? clean.substring(0, Answer.RESPONSE_MAX) : clean;
  }

  /** The results of a submitted attempt of the caller's. */
  public Result result(@Self long accountId, long attemptId) throws AttemptNotFoundException {
    Attempt attempt = own(accountId, attemptId);
    if (!attempt.isSubmitted()) {
      throw new AttemptNotFoundException(attemptId);
    }
    Map<Long, VersionQuestion> questions = questionsOf(attempt);
    Map<Long, Answer> answers = answersOf(attempt);
    Translations translations = translations(attempt);
    List<Reviewed> reviewed = new ArrayList<>();
    Set<String> missed = new LinkedHashSet<>();
    int number = 1;
    for (Long id : attempt.questionOrder()) {
      VersionQuestion q = questions.get(id);
      QuestionContent shown = translations.content(q);
      Answer answer = answers.get(id);
      Response response = Response.decode(q.getType(), answer == null ? "" : answer.getResponse());
      missed.addAll(Scoring.mark(shown, response).missedConcepts());
      reviewed.add(
          new Reviewed(
              number++,
              QuizText.toHtml(shown.getStem(), shown.getFormat()),
              Sheets.feedback(shown, response),
              translations.languageOf(q)));
    }
    return new Result(
        attempt.getId(),
        attempt.getNumber(),
        attempt.getQuizVersion().getNumber(),
        attempt.getScorePercent(),
        Boolean.TRUE.equals(attempt.getPassed()),
        attempt.getSubmittedAt(),
        reviewed,
        reviewLinks(attempt, questions.values(), missed),
        overview(accountId, attempt.getQuiz()),
        attempt.getLanguage());
  }

  /** The modules that have a quiz learners can take: one query. */
  public Set<Long> modulesWithQuiz() {
    return Set.copyOf(
        em.createQuery("select q.module.id from Quiz q where q.latestVersion > 0", Long.class)
            .getResultList());
  }

  /** The modules whose quiz the learner has passed (by the quiz's grading): one query. */
  public Set<Long> passedModuleIds(@Learner long accountId) {
    return Set.copyOf(
        em.createNamedQuery("Attempt.passedModuleIds", Long.class)
            .setParameter("accountId", accountId)
            .getResultList());
  }

  /** Module id to the score, in percent, of the learner's latest submitted attempt: one query. */
  public Map<Long, Integer> latestScores(@Learner long accountId) {
    Map<Long, Integer> scores = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("Attempt.latestScores", Object[].class)
            .setParameter("accountId", accountId)
            .getResultList()) {
      scores.put((Long) row[0], (Integer) row[1]);
    }
    return scores;
  }

  private List<ReviewLink> reviewLinks(
      Attempt attempt, java.util.Collection<VersionQuestion> all, Set<String> missed) {
    Map<String, VersionQuestion> teaches = new LinkedHashMap<>();
    for (VersionQuestion q : all) {
      if (!q.getConceptTag().isBlank() && !q.getPageSlug().isBlank()) {
        teaches.putIfAbsent(q.getConceptTag(), q);
      }
    }
    String moduleSlug = attempt.getQuiz().getModule().getSlug();
    List<ReviewLink> links = new ArrayList<>();
    for (String concept : missed) {
      VersionQuestion q = teaches.get(concept);
      if (q != null) {
        links.add(
            new ReviewLink(
                concept,
                moduleSlug,
                q.getPageSlug(),
                q.getPageAnchor(),
                pageTitle(moduleSlug, q.getPageSlug(), attempt.getLanguage())));
      }
    }
    return links;
  }

  /** A page's title in the attempt's language (the review link leads to that page in it). */
  private String pageTitle(String moduleSlug, String pageSlug, String language) {
    return lessonTexts
        .pageTitle(moduleSlug, pageSlug, language)
        .orElseGet(() -> humanise(pageSlug));
  }

  /** "brain-decides" as "Brain decides". */
  public static String humanise(String slug) {
    String words = slug.replace('-', ' ').strip();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private Sheet sheet(Attempt attempt) {
    Quiz quiz = attempt.getQuiz();
    Map<Long, VersionQuestion> questions = questionsOf(attempt);
    Map<Long, Answer> answers = answersOf(attempt);
    Translations translations = translations(attempt);
    List<Sheet.Question> shown = new ArrayList<>();
    Map<Long, Feedback> checked = new HashMap<>();
    int number = 1;
    for (Long id : attempt.questionOrder()) {
      VersionQuestion q = questions.get(id);
      QuestionContent content = translations.content(q);
      Answer answer = answers.get(id);
      String saved = answer == null ? "" : answer.getResponse();
      shown.add(
          Sheets.question(
                  content, id, number++, attempt.getShuffleSeed(), quiz.isShuffleChoices(), saved)
              .inLanguage(translations.languageOf(q)));
      if (answer != null && answer.isChecked()) {
        checked.put(id, Sheets.feedback(content, Response.decode(q.getType(), saved)));
      }
    }
    Module module = quiz.getModule();
    return new Sheet(
        attempt.getId(),
        attempt.getNumber(),
        module.getSlug(),
        lessonTexts.module(module, attempt.getLanguage()).title(),
        quiz.getFeedbackMode(),
        shown,
        checked,
        attempt.getRevision(),
        attempt.getLanguage());
  }

  /** The translations of an attempt's questions into its language: none for English. */
  private Translations translations(Attempt attempt) {
    if (Languages.BASE.equals(attempt.getLanguage())) {
      return new Translations(Languages.BASE, Map.of());
    }
    Map<Long, VersionQuestionText> texts = new HashMap<>();
    em.createNamedQuery("VersionQuestionText.findByVersion", VersionQuestionText.class)
        .setParameter("versionId", attempt.getQuizVersion().getId())
        .setParameter("language", attempt.getLanguage())
        .getResultStream()
        .forEach(t -> texts.put(t.versionQuestionId(), t));
    return new Translations(attempt.getLanguage(), texts);
  }

  /** The published questions of one version in one language, by version question id. */
  record Translations(String language, Map<Long, VersionQuestionText> texts) {

    /** The question as read in this language, or the English question when not translated. */
    QuestionContent content(VersionQuestion q) {
      VersionQuestionText text = texts.get(q.getId());
      return text == null ? q : text.applyTo(q);
    }

    /** The language the question is read in: this one, or English. */
    String languageOf(VersionQuestion q) {
      return texts.containsKey(q.getId()) ? language : Languages.BASE;
    }
  }

  private Answer store(
      Attempt attempt, Answer existing, VersionQuestion question, String encoded, Instant now) {
    Answer answer = existing;
    if (answer == null) {
      answer = new Answer(attempt, question.getId());
      em.persist(answer);
    }
    // Re-encoding drops anything that is not a valid answer to this question.
    String clean = Response.decode(question.getType(), encoded).encode(question.getType());
    answer.save(
        clean.length() > Answer.RESPONSE_MAX ? clean.substring(0, Answer.RESPONSE_MAX) : clean,
        now);
    attempt.touched(now);
    return answer;
  }

  private Optional<Quiz> findQuiz(String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Quiz.findByModuleSlug", Quiz.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The quiz, if learners may take it: it exists and is published. */
  private Quiz playable(String slug) throws QuizNotFoundException {
    return findQuiz(slug)
        .filter(Quiz::isPublished)
        .orElseThrow(() -> new QuizNotFoundException(slug));
  }

  private Optional<Attempt> openAttempt(long accountId, Quiz quiz) {
    return em.createNamedQuery("Attempt.findOpen", Attempt.class)
        .setParameter("accountId", accountId)
        .setParameter("quizId", quiz.getId())
        .getResultStream()
        .findFirst();
  }

  private Attempt own(long accountId, long attemptId) throws AttemptNotFoundException {
    return owned(accountId, attemptId, em.find(Attempt.class, attemptId));
  }

  /**
   * The learner's attempt, locked until this transaction ends: the writes to one attempt (an answer
   * saved by ajax, a check, the submit, which a browser can send at the same moment) run one after
   * the other, so the second sees the first's answer row instead of inserting it again.
   */
  private Attempt ownForUpdate(long accountId, long attemptId) throws AttemptNotFoundException {
    return owned(
        accountId, attemptId, em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE));
  }

  private static Attempt owned(long accountId, long attemptId, Attempt attempt)
      throws AttemptNotFoundException {
    if (attempt == null || attempt.getAccountId() != accountId) {
      throw new AttemptNotFoundException(attemptId);
    }
    return attempt;
  }

  private Map<Long, VersionQuestion> questionsOf(Attempt attempt) {
    return attempt.getQuizVersion().getQuestions().stream()
        .collect(Collectors.toMap(VersionQuestion::getId, Function.identity()));
  }

  private VersionQuestion questionOf(Attempt attempt, long questionId)
      throws AttemptNotFoundException {
    VersionQuestion q = questionsOf(attempt).get(questionId);
    if (q == null) {
      throw new AttemptNotFoundException(attempt.getId());
    }
    return q;
  }

  private Map<Long, Answer> answersOf(Attempt attempt) {
    return em.createNamedQuery("Answer.findByAttempt", Answer.class)
        .setParameter("attemptId", attempt.getId())
        .getResultStream()
        .collect(
            Collectors.toMap(
                Answer::getQuestionId, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
