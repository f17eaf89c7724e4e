package org.painwise.quiz.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.painwise.account.SignedInUser;
import org.painwise.config.Messages;
import org.painwise.config.Pages;
import org.painwise.quiz.FeedbackMode;
import org.painwise.quiz.Grading;
import org.painwise.quiz.Question;
import org.painwise.quiz.QuestionConflictException;
import org.painwise.quiz.QuestionNotFoundException;
import org.painwise.quiz.Quiz;
import org.painwise.quiz.QuizAuthoringService;
import org.painwise.quiz.QuizAuthoringService.FileFormat;
import org.painwise.quiz.QuizAuthoringService.VersionSummary;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.QuizNotPublishableException;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * educator/questions.xhtml: a module's question bank in a lazy, searchable table, the quiz
 * settings, publishing, versions, and export.
 */
@Named
@ViewScoped
public class EducatorQuestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizAuthoringService authoring;
  @Inject private SignedInUser user;

  private String module;
  private Quiz quiz;
  private String search;
  private List<VersionSummary> versions;

  @Min(0)
  @Max(100)
  private int passMark;

  @Min(1)
  @Max(Quiz.MAX_ATTEMPTS_MAX)
  private Integer maxAttempts;

  private Grading grading;
  private FeedbackMode feedbackMode;
  private boolean shuffleQuestions;
  private boolean shuffleChoices;

  private final LazyDataModel<Question> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) authoring.countQuestions(quiz.getId(), search);
        }

        @Override
        public List<Question> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return authoring.questions(quiz.getId(), search, first, pageSize);
        }

        @Override
        public String getRowKey(Question question) {
          return String.valueOf(question.getId());
        }

        @Override
        public Question getRowData(String rowKey) {
          return authoring.question(Long.parseLong(rowKey)).orElse(null);
        }
      };

  public void load() {
    try {
      refresh();
    } catch (QuizNotFoundException e) {
      Pages.notFound();
    }
  }

  private void refresh() throws QuizNotFoundException {
    quiz = authoring.quiz(module);
    versions = authoring.versions(quiz.getId());
    passMark = quiz.getPassMark();
    maxAttempts = quiz.getMaxAttempts();
    grading = quiz.getGrading();
    feedbackMode = quiz.getFeedbackMode();
    shuffleQuestions = quiz.isShuffleQuestions();
    shuffleChoices = quiz.isShuffleChoices();
  }

  /** A new search starts again on the first page. */
  public void filter() {
    DataTable table =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("bank:table");
    if (table != null) {
      table.setFirst(0);
    }
  }

  public void saveSettings() throws QuizNotFoundException {
    authoring.saveSettings(
        module, passMark, maxAttempts, grading, shuffleQuestions, shuffleChoices, feedbackMode);
    refresh();
    Messages.info("educator_questions.message.info.settingsSaved");
  }

  public void publish() throws QuizNotFoundException {
    try {
      int number = authoring.publish(module, user.requireId()).getNumber();
      Messages.info("educator_questions.message.info.published", number);
    } catch (QuizNotPublishableException e) {
      if (e.questions().isEmpty()) {
        Messages.error("educator_questions.message.error.empty");
      }
      for (String question : e.questions()) {
        Messages.error(
            "educator_questions.message.error.notPublishable",
            Messages.text("quiz.rule.noCorrectAnswer"),
            question);
      }
    }
    refresh();
  }

  public void duplicate(Question question) throws QuizNotFoundException {
    try {
      authoring.duplicate(question.getId(), Messages.text("educator_questions.text.copySuffix"));
      Messages.info("educator_questions.message.info.duplicated");
    } catch (QuestionNotFoundException e) {
      Messages.error("educator_questions.message.error.conflict");
    }
    refresh();
  }

  public void delete(Question question) throws QuizNotFoundException {
    try {
      authoring.delete(question.getId(), question.getVersion());
      Messages.info("educator_questions.message.info.deleted");
    } catch (QuestionConflictException e) {
      Messages.error("educator_questions.message.error.conflict");
    }
    refresh();
  }

  public void move(Question question, int direction) throws QuizNotFoundException {
    try {
      authoring.move(question.getId(), direction);
    } catch (QuestionNotFoundException e) {
      Messages.error("educator_questions.message.error.conflict");
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
    String file = authoring.export(module, format);
    Faces.sendFile(
        file.getBytes(StandardCharsets.UTF_8), module + "-quiz." + format.extension(), true);
  }

  public Grading[] getGradings() {
    return Grading.values();
  }

  public FeedbackMode[] getFeedbackModes() {
    return FeedbackMode.values();
  }

  public LazyDataModel<Question> getModel() {
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

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Grading getGrading() {
    return grading;
  }

  public void setGrading(Grading grading) {
    this.grading = grading;
  }

  public FeedbackMode getFeedbackMode() {
    return feedbackMode;
  }

  public void setFeedbackMode(FeedbackMode feedbackMode) {
    this.feedbackMode = feedbackMode;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public void setShuffleQuestions(boolean shuffleQuestions) {
    this.shuffleQuestions = shuffleQuestions;
  }

  public boolean isShuffleChoices() {
    return shuffleChoices;
  }

  public void setShuffleChoices(boolean shuffleChoices) {
    this.shuffleChoices = shuffleChoices;
  }
}
