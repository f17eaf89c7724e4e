package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.config.Languages;
import org.painwise.lesson.Module;
import org.painwise.quiz.format.QuestionType;
import org.painwise.quiz.format.TextFormat;

/**
 * The question bank of each module, for educators: finding a module's quiz, its settings, and
 * adding, editing, copying, deleting and ordering its questions, and their translations. Reads
 * never write: a module's quiz is created only by the first write that needs it (a new question, an
 * import, saved settings).
 *
 * <p>One bank for every language: a question is written in English, and each translation gives its
 * texts in another language ({@link QuestionText}). Saving a question's text in one language marks
 * the others out of date, unless the saved text was itself out of date (then the save revises it);
 * {@link Question#changed} has the rule. An out-of-date translation is left out of the versions
 * published until it is revised.
 */
@ApplicationScoped
@Transactional
@Guarded(Role.EDUCATOR)
public class QuestionBank {

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

  /** The saved quiz of a module; empty when the module has none yet (or no such module). */
  public Optional<Quiz> find(String moduleSlug) {
    return em.createNamedQuery("Quiz.findByModuleSlug", Quiz.class)
        .setParameter("slug", moduleSlug)
        .getResultStream()
        .findFirst();
  }

  /**
   * The quiz of a module for the educator's pages: the saved one, or, when the module has none yet,
   * an unsaved quiz with the default settings and an empty bank (its id is null). Saves nothing.
   *
   * @throws QuizNotFoundException when there is no module with this slug
   */
  public Quiz quiz(String moduleSlug) throws QuizNotFoundException {
    Optional<Quiz> saved = find(moduleSlug);
    if (saved.isPresent()) {
      return saved.get();
    }
    return new Quiz(module(moduleSlug).orElseThrow(() -> new QuizNotFoundException(moduleSlug)));
  }

  /** Whether a module with this slug exists. */
  public boolean moduleExists(String moduleSlug) {
    return module(moduleSlug).isPresent();
  }

  /**
   * Saves the settings of a quiz, after checking their constraints. They apply to attempts started
   * from now on.
   *
   * @throws ConstraintViolationException when a setting breaks its rule
   */
  public Quiz saveSettings(String moduleSlug, QuizSettings settings) throws QuizNotFoundException {
    Set<ConstraintViolation<QuizSettings>> violations = validator.validate(settings);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    Quiz quiz = quizForWriting(moduleSlug);
    quiz.apply(settings);
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
                            + " or q.conceptTag like :s escape '\\'"
                            + " or lower(q.category) like :s escape '\\')"
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

  /** A bank question with its choices and its translations. */
  public Optional<Question> question(long id) {
    Optional<Question> q = Optional.ofNullable(em.find(Question.class, id));
    q.ifPresent(found -> found.getChoices().size());
    q.ifPresent(found -> found.getTranslations().forEach(t -> t.choices().size()));
    q.ifPresent(found -> found.getQuiz().getModule().getSlug());
    return q;
  }

  /** Adds a question at the end of a module's bank, creating the module's quiz if need be. */
  public Question create(String moduleSlug, QuestionDraft draft) throws QuizNotFoundException {
    Quiz quiz = quizForWriting(moduleSlug);
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
    QuestionDraft clean = sanitised(draft);
    q.changed(Languages.BASE);
    q.replaceContent(clean);
    q.getQuiz().bankChanged();
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new QuestionConflictException(id);
    }
    return q;
  }

  /**
   * The question's texts in {@code language}, to edit: its translation, or empty texts when it has
   * none yet (see {@link TranslatedText#editable}).
   */
  public Optional<QuestionDraft> translationDraft(long id, String language) {
    return question(id).map(q -> TranslatedText.editable(q, q.translation(language)));
  }

  /** The question's translation into {@code language}, if it has one. */
  public Optional<QuestionText> translation(long id, String language) {
    return question(id).flatMap(q -> q.translation(language));
  }

  /**
   * Saves the texts of a question in {@code language} (not English), opened when its translation
   * was at {@code expectedVersion} (-1: it had none). The English question keeps its type, answers'
   * order, weights and tags: only the texts of {@code translated} are taken, answer by answer in
   * the English order; a short answer takes its accepted answers and their credit. If someone else
   * saved or deleted it since, nothing is saved.
   *
   * @throws ConstraintViolationException when a text breaks its rule, or a short answer has no
   *     answer that earns full credit
   */
  @Transactional(rollbackOn = QuestionConflictException.class)
  public QuestionText saveTranslation(
      long id, String language, long expectedVersion, QuestionDraft translated)
      throws QuestionConflictException {
    if (!Languages.isTranslated(language)) {
      throw new IllegalArgumentException(
          "Not a language questions are translated into: " + language);
    }
    Question q = em.find(Question.class, id);
    Optional<QuestionText> existing = q == null ? Optional.empty() : q.translation(language);
    if (q == null || existing.map(QuestionText::getVersion).orElse(-1L) != expectedVersion) {
      throw new QuestionConflictException(id);
    }
    QuestionDraft texts = sanitisedTexts(q, translated);
    q.changed(language);
    q.translationForWriting(language).revise(texts);
    q.getQuiz().bankChanged();
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new QuestionConflictException(id);
    }
    return q.translation(language).orElseThrow();
  }

  /** Where each question's translation into {@code language} stands, by question id: one query. */
  public Map<Long, TranslationState> translationStates(
      java.util.Collection<Long> ids, String language) {
    Map<Long, TranslationState> states = new HashMap<>();
    ids.forEach(id -> states.put(id, TranslationState.MISSING));
    if (!ids.isEmpty()) {
      em.createNamedQuery("QuestionText.findByQuestions", QuestionText.class)
          .setParameter("ids", ids)
          .setParameter("language", language)
          .getResultStream()
          .forEach(
              t ->
                  states.put(
                      t.getQuestion().getId(),
                      t.isOutOfDate()
                          ? TranslationState.OUT_OF_DATE
                          : TranslationState.UP_TO_DATE));
    }
    return states;
  }

  /**
   * Gives a bank question its first translation into {@code language}, read from a translated quiz
   * file: it is up to date, and the English question is not marked.
   */
  void addTranslation(Question q, String language, QuestionDraft translated) {
    q.translationForWriting(language).revise(textsOnly(q, translated));
  }

  /** How many questions of a quiz are translated into {@code language}. */
  long translatedCount(Quiz quiz, String language) {
    return quiz.getId() == null
        ? 0
        : em.createNamedQuery("QuestionText.countByQuiz", Long.class)
            .setParameter("quizId", quiz.getId())
            .setParameter("language", language)
            .getSingleResult();
  }

  /**
   * The English question's structure with the texts of {@code translated}: its title, stem and
   * explanation, and, answer by answer in the English order, each answer's text, right side and
   * feedback (the English ones' number; a short answer: its own accepted answers, blank ones left
   * out, with their credit).
   */
  private static QuestionDraft textsOnly(Question english, QuestionDraft translated) {
    QuestionDraft d = QuestionDraft.of(english);
    d.setTitle(translated.getTitle());
    d.setStem(translated.getStem());
    d.setExplanation(translated.getExplanation());
    if (english.getType() == QuestionType.SHORT_ANSWER) {
      d.getChoices().clear();
      for (QuestionDraft.ChoiceDraft c : translated.getChoices()) {
        if (!c.getText().isBlank()) {
          QuestionDraft.ChoiceDraft answer = new QuestionDraft.ChoiceDraft();
          answer.setText(c.getText().strip());
          answer.setWeight(c.getWeight());
          answer.setFeedback(c.getFeedback());
          d.getChoices().add(answer);
        }
      }
      d.renumber();
      return d;
    }
    for (int i = 0; i < d.getChoices().size(); i++) {
      QuestionDraft.ChoiceDraft c = d.getChoices().get(i);
      boolean has = i < translated.getChoices().size();
      if (english.getType() != QuestionType.TRUE_FALSE
          && english.getType() != QuestionType.NUMERIC) {
        c.setText(has ? translated.getChoices().get(i).getText() : "");
      }
      c.setMatchText(has ? translated.getChoices().get(i).getMatchText() : "");
      c.setFeedback(has ? translated.getChoices().get(i).getFeedback() : "");
    }
    return d;
  }

  /**
   * A translation's texts on the English question's structure ({@link #textsOnly}), sanitised as
   * the English question's format needs, and checked.
   */
  private QuestionDraft sanitisedTexts(Question english, QuestionDraft translated) {
    QuestionDraft clean = QuestionDraft.of(translated);
    clean.setFormat(english.getFormat());
    clean.setType(english.getType());
    if (clean.getFormat() == TextFormat.HTML) {
      clean.setStem(QuizText.sanitise(clean.getStem()));
      clean.setExplanation(QuizText.sanitise(clean.getExplanation()));
      for (QuestionDraft.ChoiceDraft c : clean.getChoices()) {
        c.setText(QuizText.sanitise(c.getText()));
        c.setMatchText(QuizText.sanitise(c.getMatchText()));
        c.setFeedback(QuizText.sanitise(c.getFeedback()));
      }
    }
    QuestionDraft checked = textsOnly(english, clean);
    Set<ConstraintViolation<QuestionDraft>> violations = new java.util.LinkedHashSet<>();
    violations.addAll(validator.validate(checked));
    if (english.getType() == QuestionType.SHORT_ANSWER) {
      violations.addAll(validator.validate(checked, Publishable.class));
    }
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return checked;
  }

  /** A copy of a question, placed at the end of the bank. */
  public Question duplicate(long id, String titleSuffix) throws QuestionNotFoundException {
    Question original = question(id).orElseThrow(() -> new QuestionNotFoundException(id));
    Question copy = new Question(original.getQuiz(), nextPosition(original.getQuiz()));
    copy.replaceContent(original);
    copy.setTitle(original.getTitle().isBlank() ? "" : original.getTitle() + titleSuffix);
    original.getTranslations().forEach(t -> copy.getTranslations().add(t.copyFor(copy)));
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

  /** The questions of a quiz, in bank order. */
  List<Question> bank(Quiz quiz) {
    return em.createNamedQuery("Question.findByQuiz", Question.class)
        .setParameter("quizId", quiz.getId())
        .getResultList();
  }

  /**
   * The saved quiz of a module, created with the default settings when the module has none yet.
   * Only writes call this.
   */
  Quiz quizForWriting(String moduleSlug) throws QuizNotFoundException {
    Optional<Quiz> saved = find(moduleSlug);
    if (saved.isPresent()) {
      return saved.get();
    }
    Quiz created =
        new Quiz(module(moduleSlug).orElseThrow(() -> new QuizNotFoundException(moduleSlug)));
    em.persist(created);
    return created;
  }

  private Optional<Module> module(String slug) {
    return em.createNamedQuery("Module.findBySlug", Module.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
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
    if (clean.getFormat() == TextFormat.HTML) {
      clean.setStem(QuizText.sanitise(clean.getStem()));
      clean.setExplanation(QuizText.sanitise(clean.getExplanation()));
      for (QuestionDraft.ChoiceDraft c : clean.getChoices()) {
        c.setText(QuizText.sanitise(c.getText()));
        c.setMatchText(QuizText.sanitise(c.getMatchText()));
        c.setFeedback(QuizText.sanitise(c.getFeedback()));
      }
    }
    clean.renumber();
    Set<ConstraintViolation<QuestionDraft>> violations = validator.validate(clean);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return clean;
  }
}
