package org.painwise.progress.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.painwise.account.SignedInUser;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.LessonTexts;
import org.painwise.lesson.LessonTexts.ModuleText;
import org.painwise.lesson.LessonTexts.PageText;
import org.painwise.lesson.Module;
import org.painwise.progress.ModuleProgress;
import org.painwise.progress.ProgressService;

/**
 * lessons/module.xhtml, at /lessons/{module}: objectives, pages and references, in the reader's
 * language where they are translated.
 */
@Named
@RequestScoped
public class ModuleBacking {

  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private SignedInUser user;
  @Inject private LessonTexts texts;

  private String slug;
  private Module module;
  private List<LessonPage> pages;
  private Set<Long> readPages;
  private ModuleProgress moduleProgress;
  private String language;
  private Module nextModule;

  public void load() {
    module = slug == null ? null : lessons.module(slug).orElse(null);
    if (module == null) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    long me = user.requireId();
    pages = lessons.pages(module.getId());
    readPages = progress.readPages(me, module.getId());
    moduleProgress = progress.progress(me).get(module.getId());
    language = Languages.ofView();
    nextModule = lessons.moduleAfter(module).orElse(null);
  }

  /** The module's texts in the reader's language, or in English. */
  public ModuleText getText() {
    return texts.module(module, language);
  }

  /** A page's title in the reader's language, or in English. */
  public PageText textOf(LessonPage page) {
    return texts.page(module, page, language);
  }

  /**
   * The main button's step: start or continue reading, then the quiz, then the next module. The
   * quiz is known through {@link org.painwise.progress.QuizGate}; its page is at quiz/take.
   */
  public String getNextStep() {
    return moduleProgress.nextStep().name();
  }

  /** The module after this one, or null for the last. */
  public Module getNextModule() {
    return nextModule;
  }

  public boolean isRead(LessonPage page) {
    return readPages.contains(page.getId());
  }

  /** The first page not read yet, or the first page. */
  public LessonPage getNextPage() {
    return pages.stream()
        .filter(p -> !isRead(p))
        .findFirst()
        .orElse(pages.isEmpty() ? null : pages.get(0));
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Module getModule() {
    return module;
  }

  public List<LessonPage> getPages() {
    return pages;
  }

  public ModuleProgress getProgress() {
    return moduleProgress;
  }
}
