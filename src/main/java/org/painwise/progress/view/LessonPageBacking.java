package org.painwise.progress.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import org.painwise.account.SignedInUser;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.LessonTexts;
import org.painwise.lesson.LessonTexts.ModuleText;
import org.painwise.lesson.LessonTexts.PageText;
import org.painwise.lesson.Module;
import org.painwise.progress.ProgressService;

/**
 * lessons/page.xhtml, at /lessons/{module}/{page}. Opening a page remembers it for "continue where
 * you left off"; pressing Next marks it read (reaching its end does too, through {@link
 * ReadingResource}). The page is shown in the reader's language, or in English with a note when it
 * is not translated.
 */
@Named
@RequestScoped
public class LessonPageBacking {

  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private SignedInUser user;
  @Inject private LessonTexts texts;

  private String moduleSlug;
  private String pageSlug;
  private Module module;
  private List<LessonPage> pages;
  private LessonPage page;

  /** The view action of a GET: loads the page or answers 404. */
  public void open() {
    if (!resolve()) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    progress.recordVisit(user.requireId(), page);
  }

  /** Next: the page counts as read, and the reader moves on (to the module page at the end). */
  public void next() {
    if (!resolve()) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    progress.markRead(user.requireId(), page);
    LessonPage next = getNext();
    if (next == null) {
      Faces.redirect("lessons/%s?finished=true", module.getSlug());
    } else {
      Faces.redirect("lessons/%s/%s", module.getSlug(), next.getSlug());
    }
  }

  private boolean resolve() {
    if (page != null) {
      return true;
    }
    if (moduleSlug == null || pageSlug == null) {
      return false;
    }
    module = lessons.module(moduleSlug).orElse(null);
    if (module == null) {
      return false;
    }
    pages = lessons.pages(module.getId());
    page = pages.stream().filter(p -> p.getSlug().equals(pageSlug)).findFirst().orElse(null);
    return page != null;
  }

  // Getters resolve lazily: on a postback, Faces reads them before the view parameters are set.

  public int getNumber() {
    return resolve() ? pages.indexOf(page) + 1 : 0;
  }

  public int getCount() {
    return resolve() ? pages.size() : 0;
  }

  public LessonPage getPrevious() {
    int i = resolve() ? pages.indexOf(page) : -1;
    return i > 0 ? pages.get(i - 1) : null;
  }

  public LessonPage getNext() {
    int i = resolve() ? pages.indexOf(page) : -1;
    return i >= 0 && i < pages.size() - 1 ? pages.get(i + 1) : null;
  }

  public boolean isLast() {
    return resolve() && getNext() == null;
  }

  public String getModuleSlug() {
    return moduleSlug;
  }

  public void setModuleSlug(String moduleSlug) {
    this.moduleSlug = moduleSlug;
  }

  public String getPageSlug() {
    return pageSlug;
  }

  public void setPageSlug(String pageSlug) {
    this.pageSlug = pageSlug;
  }

  public Module getModule() {
    return resolve() ? module : null;
  }

  public LessonPage getPage() {
    return resolve() ? page : null;
  }

  /** The page's texts in the reader's language, or in English. */
  public PageText getText() {
    return resolve() ? texts.page(module, page, Languages.ofView()) : null;
  }

  /** The module's texts in the reader's language, or in English. */
  public ModuleText getModuleText() {
    return resolve() ? texts.module(module, Languages.ofView()) : null;
  }
}
