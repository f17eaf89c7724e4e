package org.painwise.progress.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** lessons/index.xhtml: every module with the learner's progress, in the reader's language. */
@Named
@RequestScoped
public class CatalogueBacking {

  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private SignedInUser user;
  @Inject private LessonTexts texts;

  private List<Module> modules;
  private Map<Long, ModuleProgress> progressByModule;
  private Optional<LessonPage> lastPage;
  private String language;

  @PostConstruct
  void load() {
    long me = user.requireId();
    modules = lessons.modules();
    progressByModule = progress.progress(me);
    lastPage = progress.lastPage(me);
    language = Languages.ofView();
  }

  /** A module's title and summary in the reader's language, or in English. */
  public ModuleText textOf(Module module) {
    return texts.module(module, language);
  }

  /** The last page's texts in the reader's language, or in English. */
  public PageText getLastPageText() {
    return lastPage.map(p -> texts.page(p.getModule(), p, language)).orElse(null);
  }

  /** The last page's module's texts in the reader's language, or in English. */
  public ModuleText getLastModuleText() {
    return lastPage.map(p -> texts.module(p.getModule(), language)).orElse(null);
  }

  public List<Module> getModules() {
    return modules;
  }

  public ModuleProgress progressOf(Module module) {
    return progressByModule.getOrDefault(
        module.getId(), new ModuleProgress(module.getId(), 0, 0, false, false));
  }

  public LessonPage getLastPage() {
    return lastPage.orElse(null);
  }
}
