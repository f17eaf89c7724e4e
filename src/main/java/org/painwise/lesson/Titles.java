package org.painwise.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.painwise.config.Languages;

/**
 * Module and page titles in the page's language, for views outside the reader: {@code
 * #{titles.module(m)}}, {@code #{titles.page(p)}}, or by slug for rows that carry the English title
 * ({@code #{titles.ofModule(row.moduleSlug, row.moduleTitle)}}). English where a module or page is
 * not translated. Each title comes from {@link LessonTexts}, in memory: no statement.
 */
@Named
@ApplicationScoped
public class Titles {

  @Inject private LessonTexts texts;

  /** The module's title in the view's language. */
  public String module(Module module) {
    return module == null ? "" : texts.module(module, Languages.ofView()).title();
  }

  /** The page's title in the view's language (its module is loaded with it). */
  public String page(LessonPage page) {
    return page == null ? "" : texts.page(page.getModule(), page, Languages.ofView()).title();
  }

  /** The title of the module with this slug in the view's language, else {@code english}. */
  public String ofModule(String moduleSlug, String english) {
    return texts.moduleTitle(moduleSlug, Languages.ofView(), english);
  }

  /** The title of a page in the view's language, else {@code english}. */
  public String ofPage(String moduleSlug, String pageSlug, String english) {
    return texts.pageTitle(moduleSlug, pageSlug, Languages.ofView(), english);
  }
}
