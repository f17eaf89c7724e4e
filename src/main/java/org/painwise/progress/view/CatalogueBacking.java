package org.painwise.progress.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painwise.account.SignedInUser;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.progress.ModuleProgress;
import org.painwise.progress.ProgressService;

/** lessons/index.xhtml: every module with the learner's progress. */
@Named
@RequestScoped
public class CatalogueBacking {

  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private SignedInUser user;

  private List<Module> modules;
  private Map<Long, ModuleProgress> progressByModule;
  private Optional<LessonPage> lastPage;

  @PostConstruct
  void load() {
    long me = user.requireId();
    modules = lessons.modules();
    progressByModule = progress.progress(me);
    lastPage = progress.lastPage(me);
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
