package org.painwise.progress.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.painwise.account.SignedInUser;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.progress.ModuleProgress;
import org.painwise.progress.ProgressService;

/** patient/index.xhtml: continue where you left off, and the modules under way. */
@Named
@RequestScoped
public class PatientHomeBacking {

  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private SignedInUser user;

  private LessonPage lastPage;
  private List<Module> started;
  private Map<Long, ModuleProgress> progressByModule;

  @PostConstruct
  void load() {
    long me = user.requireId();
    lastPage = progress.lastPage(me).orElse(null);
    progressByModule = progress.progress(me);
    started = lessons.modules().stream()
        .filter(m -> progressByModule.get(m.getId()) != null
            && progressByModule.get(m.getId()).started())
        .toList();
  }

  public LessonPage getLastPage() { return lastPage; }
  public List<Module> getStarted() { return started; }
  public ModuleProgress progressOf(Module m) { return progressByModule.get(m.getId()); }
}
