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
import org.painwise.config.Languages;
import org.painwise.config.StartupOrder;
import org.painwise.lesson.CurriculumFiles;

/**
 * At start-up, imports each module's starter quiz ({@code lessons/NN-slug/quiz.gift}) into its bank
 * and publishes it, only when the module has no quiz yet: a restart never overwrites what an
 * educator changed. Then its translations ({@code lessons/NN-slug/fr/quiz.gift}), only when no
 * question of the bank is translated into that language yet, in a new database as in an existing
 * one ({@link QuizTransfer#importStarterTranslation}). Runs after the lessons are loaded ({@link
 * StartupOrder#QUIZZES}); a module that is not loaded is skipped with a log line.
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
    Map<String, byte[]> all = files.read();
    for (Map.Entry<String, byte[]> file : all.entrySet()) {
      String path = file.getKey();
      if (path.endsWith(QUIZ_FILE) && path.indexOf('/') == path.length() - QUIZ_FILE.length()) {
        String slug = moduleSlug(path);
        importOne(slug, new String(file.getValue(), StandardCharsets.UTF_8));
        String folder = path.substring(0, path.indexOf('/'));
        for (String language : Languages.TRANSLATED) {
          byte[] translated = all.get(folder + "/" + language + QUIZ_FILE);
          if (translated != null) {
            importTranslation(slug, language, new String(translated, StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  private void importTranslation(String slug, String language, String gift) {
    if (!bank.moduleExists(slug)) {
      return;
    }
    try {
      transfer
          .importStarterTranslation(slug, language, gift)
          .ifPresentOrElse(
              result -> {
                LOG.info(
                    () ->
                        "Starter quiz of "
                            + slug
                            + " in "
                            + language
                            + ": "
                            + result.imported()
                            + " questions translated, "
                            + result.published()
                            + " of them in the published version");
                result
                    .skipped()
                    .forEach(
                        why ->
                            LOG.warning(
                                () ->
                                    "Starter quiz of "
                                        + slug
                                        + " in "
                                        + language
                                        + ", question not translated: "
                                        + why));
              },
              () ->
                  LOG.fine(
                      () -> "Starter quiz of " + slug + " in " + language + " imported before"));
    } catch (RuntimeException e) {
      LOG.warning(() -> "Starter quiz of " + slug + " in " + language + " not imported: " + e);
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
