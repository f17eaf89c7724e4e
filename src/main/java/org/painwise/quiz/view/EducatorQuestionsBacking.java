package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.config.BundleMessages;
import org.painwise.config.Languages;
import org.painwise.config.PagedModel;
import org.painwise.config.Violations;
import org.painwise.quiz.FeedbackMode;
import org.painwise.quiz.Grading;
import org.painwise.quiz.Question;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuestionConflictException;
import org.painwise.quiz.QuestionNotFoundException;
import org.painwise.quiz.Quiz;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.QuizNotPublishableException;
import org.painwise.quiz.QuizNotPublishableException.Unpublishable;
import org.painwise.quiz.QuizPublishing;
import org.painwise.quiz.QuizPublishing.VersionSummary;
import org.painwise.quiz.QuizSettings;
import org.painwise.quiz.QuizTransfer;
import org.painwise.quiz.QuizTransfer.FileFormat;
import org.painwise.quiz.TranslationState;

/**
 * educator/questions.xhtml: a module's question bank in a lazy, searchable table, the quiz
 * settings, publishing, versions, and export.
 */
@Named
@ViewScoped
public class EducatorQuestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuestionBank bank;
  @Inject private QuizPublishing publishing;
  @Inject private QuizTransfer transfer;
  @Inject private SignedInUser user;

  private String module;
  private Quiz quiz;
  private String search;
  private List<VersionSummary> versions;

  private QuizSettings settings;

  /** Where the French texts of the rows shown stand, by question id. */
  private final Map<Long, TranslationState> translationStates = new HashMap<>();

  /** In the quiz's own order: the table has no sortable column. */
  private final PagedModel<Question> model =
      PagedModel.of(
          () -> quiz.getId() == null ? 0 : bank.countQuestions(quiz.getId(), search),
          (first, size, sortField, ascending) -> rows(first, size),
          Question::getId);

  /** A page of the bank, with where each question's translation stands: two queries. */
  private List<Question> rows(int first, int size) {
    if (quiz.getId() == null) {
      return List.of();
    }
    List<Question> rows = bank.questions(quiz.getId(), search, first, size);
    translationStates.clear();
    translationStates.putAll(
        bank.translationStates(
            rows.stream().map(Question::getId).toList(), Languages.TRANSLATED.get(0)));
    return rows;
  }

  /** Where a row's French texts stand. */
  public TranslationState translationStateOf(Question question) {
    return translationStates.getOrDefault(question.getId(), TranslationState.MISSING);
  }

  public void load() {
    try {
      refresh();
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  private void refresh() throws QuizNotFoundException {
    quiz = bank.quiz(module);
    versions = quiz.getId() == null ? List.of() : publishing.versions(quiz.getId());
    settings = QuizSettings.of(quiz);
  }

  /** A new search starts again on the first page. */
  public void filter() {
    PagedModel.firstPage("bank:table");
  }

  /** The form checked {@link QuizSettings}' constraints already; the service checks them again. */
  public void saveSettings() throws QuizNotFoundException {
    try {
      bank.saveSettings(module, settings);
    } catch (ConstraintViolationException e) {
      Violations.show("settings", e);
      return;
    }
    refresh();
    Messages.addGlobalInfo("educator_questions.message.info.settingsSaved");
  }

  public void publish() throws QuizNotFoundException {
    try {
      int number = publishing.publish(module, user.requireId()).getNumber();
      Messages.addGlobalInfo("educator_questions.message.info.published", number);
    } catch (QuizNotPublishableException e) {
      if (e.problems().isEmpty()) {
        Messages.addGlobalError("educator_questions.message.error.empty");
      }
      for (Unpublishable problem : e.problems()) {
        Messages.addGlobalError(
            "educator_questions.message.error.notPublishable",
            rule(problem.ruleKey()),
            problem.question());
      }
    }
    refresh();
  }

  /** The text of a publishing rule, from the constraint messages, in the page's language. */
  private static String rule(String key) {
    return ResourceBundle.getBundle("ValidationMessages", Faces.getLocale()).getString(key);
  }

  public void duplicate(Question question) throws QuizNotFoundException {
    try {
      bank.duplicate(question.getId(), BundleMessages.text("educator_questions.text.copySuffix"));
      Messages.addGlobalInfo("educator_questions.message.info.duplicated");
    } catch (QuestionNotFoundException e) {
      Messages.addGlobalError("educator_questions.message.error.conflict");
    }
    refresh();
  }

  public void delete(Question question) throws QuizNotFoundException {
    try {
      bank.delete(question.getId(), question.getVersion());
      Messages.addGlobalInfo("educator_questions.message.info.deleted");
    } catch (QuestionConflictException e) {
      Messages.addGlobalError("educator_questions.message.error.conflict");
    }
    refresh();
  }

  public void move(Question question, int direction) throws QuizNotFoundException {
    try {
      bank.move(question.getId(), direction);
    } catch (QuestionNotFoundException e) {
      Messages.addGlobalError("educator_questions.message.error.conflict");
    }
    refresh();
  }

  public void exportGift() throws IOException, QuizNotFoundException {
    export(FileFormat.GIFT);
  }

  public void exportXml() throws IOException, QuizNotFoundException {
    export(FileFormat.MOODLE_XML);
  }

  private void export(FileFormat format) throws IOException, QuizNotFoundException {
    String file = transfer.export(module, format);
    Faces.sendFile(
        file.getBytes(StandardCharsets.UTF_8), module + "-quiz." + format.extension(), true);
  }

  public Grading[] getGradings() {
    return Grading.values();
  }

  public FeedbackMode[] getFeedbackModes() {
    return FeedbackMode.values();
  }

  public PagedModel<Question> getModel() {
    return model;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public QuizSettings getSettings() {
    return settings;
  }
}
