package org.painwise.quiz;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.painwise.account.SystemIdentity;
import org.painwise.config.StartupOrder;
import org.painwise.lesson.CurriculumFiles;

/**
 * At start-up, imports each module's starter quiz ({@code lessons/NN-slug/quiz.gift}) into its bank
 * and publishes it, only when the module has no quiz yet: a restart never overwrites what an
 * educator changed. Runs after the lessons are loaded ({@link StartupOrder#QUIZZES}); a module that
 * is not loaded is skipped with a log line.
 */
@ApplicationScoped
public class StarterQuizzes {

  private static final Logger LOG = Logger.getLogger(StarterQuizzes.class.getName());
  private static final String QUIZ_FILE = "/quiz.gift";

  @Inject private CurriculumFiles files;
  @Inject private QuestionBank bank;
  @Inject private QuizTransfer transfer;

  void load(@Observes @Priority(StartupOrder.QUIZZES) Startup startup) {
    SystemIdentity.run("starter quizzes", this::loadAll);
  }

  private void loadAll() {
    for (Map.Entry<String, byte[]> file : files.read().entrySet()) {
      String path = file.getKey();
      if (path.endsWith(QUIZ_FILE) && path.indexOf('/') == path.length() - QUIZ_FILE.length()) {
        importOne(moduleSlug(path), new String(file.getValue(), StandardCharsets.UTF_8));
      }
    }
  }

  /** "01-pain-alarm-system/quiz.gift" → "pain-alarm-system". */
  static String moduleSlug(String path) {
    String folder = path.substring(0, path.indexOf('/'));
    return folder.replaceFirst("^\\d+-", "");
  }

  private void importOne(String slug, String gift) {
    if (!bank.moduleExists(slug)) {
      LOG.warning(() -> "Starter quiz of module " + slug + " skipped: the module is not loaded");
      return;
    }
    try {
      Optional<Integer> imported = transfer.importStarter(slug, gift);
      imported.ifPresentOrElse(
          n -> LOG.info(() -> "Starter quiz of " + slug + ": " + n + " questions, published"),
          () -> LOG.fine(() -> "Starter quiz of " + slug + " already imported"));
    } catch (QuizNotFoundException | QuizNotPublishableException e) {
      LOG.warning(() -> "Starter quiz of " + slug + " not imported: " + e.getMessage());
    } catch (RuntimeException e) {
      // Another node imported it at the same moment (unique module_id), or a broken file:
      // the app still starts, and the log says which quiz.
      LOG.warning(() -> "Starter quiz of " + slug + " not imported: " + e);
    }
  }
}
