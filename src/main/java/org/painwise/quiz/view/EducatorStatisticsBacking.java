package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonTexts;
import org.painwise.quiz.ItemStatistics;
import org.painwise.quiz.ItemStatistics.Statistics;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuizNotFoundException;

/**
 * educator/statistics.xhtml: item statistics of a published version, as a table and a chart, of
 * every attempt or of those taken in one language ({@code ?lang=fr}).
 */
@Named
@RequestScoped
public class EducatorStatisticsBacking {

  /** Width in SVG units of a 100% bar. */
  public static final int BAR_WIDTH = 300;

  @Inject private QuestionBank bank;
  @Inject private ItemStatistics itemStatistics;
  @Inject private LessonTexts texts;

  private String module;
  private Integer version;
  private String language;
  private String moduleTitle;
  private Statistics statistics;

  public void load() {
    try {
      moduleTitle = texts.module(bank.quiz(module).getModule(), Languages.ofView()).title();
      statistics =
          itemStatistics
              .statistics(
                  module,
                  Optional.ofNullable(version),
                  Optional.ofNullable(language).filter(Languages::isSupported))
              .orElse(null);
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  public int getBarWidth() {
    return BAR_WIDTH;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  /** The attempts' language shown, or null for all of them. */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /** The languages the figures can be read in, besides all of them together. */
  public java.util.List<String> getLanguages() {
    return Languages.ALL;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public Statistics getStatistics() {
    return statistics;
  }
}
