package org.painwise.lesson;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.painwise.config.StartupOrder;

/**
 * Loads lessons/ at start-up: parses it, reports broken files in the log by file and line, syncs
 * the database, and keeps the diagrams in memory for {@link LessonMediaServlet}.
 */
@ApplicationScoped
public class LessonCatalog {

  private static final Logger LOG = Logger.getLogger(LessonCatalog.class.getName());

  @Inject private CurriculumFiles files;
  @Inject private LessonService lessons;
  @Inject private LessonTexts texts;

  private final Map<String, byte[]> media = new ConcurrentHashMap<>();
  private volatile Curriculum curriculum = new Curriculum(List.of(), Map.of(), List.of());

  void load(@Observes @Priority(StartupOrder.LESSONS) Startup startup) {
    reload();
  }

  /** Parses lessons/ again and syncs what changed. Safe to call at any time. */
  public LessonService.SyncResult reload() {
    Curriculum parsed = CurriculumParser.parse(files.read());
    for (LoadProblem problem : parsed.problems()) {
      LOG.warning(
          () ->
              (switch (problem.kind()) {
                    case BROKEN -> "Lesson file problem: ";
                    case MISSING_TRANSLATION -> "Missing translation: ";
                    case STALE_TRANSLATION -> "Stale translation: ";
                  })
                  + problem);
    }
    LessonService.SyncResult result = lessons.sync(parsed.modules());
    texts.use(parsed.translations());
    media.clear();
    parsed
        .modules()
        .forEach(m -> m.images().forEach((path, bytes) -> media.put(m.slug() + "/" + path, bytes)));
    curriculum = parsed;
    LOG.log(
        parsed.problems().isEmpty() ? Level.INFO : Level.WARNING,
        () ->
            "Lessons loaded: "
                + parsed.modules().size()
                + " modules ("
                + result.inserted()
                + " new, "
                + result.updated()
                + " updated, "
                + result.unchanged()
                + " unchanged), "
                + parsed.translations().size()
                + " translated; "
                + count(parsed, LoadProblem.Kind.BROKEN)
                + " broken files, "
                + count(parsed, LoadProblem.Kind.MISSING_TRANSLATION)
                + " missing and "
                + count(parsed, LoadProblem.Kind.STALE_TRANSLATION)
                + " stale translations");
    return result;
  }

  private static long count(Curriculum curriculum, LoadProblem.Kind kind) {
    return curriculum.problems().stream().filter(p -> p.kind() == kind).count();
  }

  /** The problems of the last load, for educators. */
  public List<LoadProblem> problems() {
    return curriculum.problems();
  }

  /** The last parsed curriculum, e.g. for the starter quizzes. */
  public Curriculum curriculum() {
    return curriculum;
  }

  /** A diagram, by "module-slug/images/name.svg" (or "name.fr.svg" for its French labels). */
  public Optional<byte[]> media(String path) {
    return Optional.ofNullable(media.get(path));
  }
}
