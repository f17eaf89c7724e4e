package org.painwise.quiz.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.painwise.account.SignedInUser;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.progress.ProgressService;
import org.painwise.progress.ScoreChart;
import org.painwise.quiz.QuizHistory;

/** patient/progress.xhtml: modules completed, quiz results over time, and time spent. */
@Named
@RequestScoped
public class MyProgressBacking {

  @Inject private ProgressService progress;
  @Inject private LessonService lessons;
  @Inject private QuizHistory history;
  @Inject private SignedInUser user;

  private List<Module> completed;
  private ScoreChart chart;
  private long minutes;

  @PostConstruct
  void load() {
    long me = user.requireId();
    Set<Long> done = progress.completedModules(me);
    completed = lessons.modules().stream().filter(m -> done.contains(m.getId())).toList();
    chart = history.chart(history.points(me));
    minutes = progress.activity(me).map(a -> a.getSecondsSpent() / 60).orElse(0L);
  }

  public List<Module> getCompleted() {
    return completed;
  }

  public ScoreChart getChart() {
    return chart;
  }

  public long getMinutes() {
    return minutes;
  }
}
