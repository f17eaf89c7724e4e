package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.EducatorHomePage;
import org.painwise.browser.pages.ImportPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.PreviewPage;
import org.painwise.browser.pages.QuestionPage;
import org.painwise.browser.pages.QuestionsPage;
import org.painwise.browser.pages.StatisticsPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.TestServer;

/**
 * An educator imports a GIFT file with one bad question, sees the error by line and column, imports
 * the valid ones, edits one and publishes.
 */
class QuizAuthoringIT {

  private static final String MODULE = "expectations-and-care";

  private final URL base = TestServer.url();

  @Test
  void anEducatorImportsFixesAndPublishes() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("painwise-import", ".gift");
    Files.writeString(
        file,
        """
        // [tag:realistic-goals]
        ::Goals %1$s:: Small steps help you reach a goal. {T #Yes. #Small steps work.}

        ::Broken %1$s:: Which one is right? { ~this ~that }

        ::Words %1$s:: Name the team that helps you. {=care team =your care team}
        """
            .formatted(tag));

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn("educator@painwise.test", "painwise-demo");
      new EducatorHomePage(browser).awaitQuizzes();

      // Import: the preview shows the bad question's error; nothing is saved yet.
      ImportPage upload = new ImportPage(browser).open(MODULE).check(MODULE, file);
      List<String> problems = upload.problems();
      String noCorrect = Bundle.formatted("quiz_import.problem.noCorrectAnswerGift");
      assertTrue(
          problems.stream().anyMatch(p -> isAtLine4(p, noCorrect)), () -> "problems: " + problems);
      List<String> titles = upload.previewTitles();
      assertTrue(
          titles.contains("Goals " + tag) && titles.contains("Words " + tag), titles.toString());

      // Confirm: only the two valid questions are imported.
      QuestionsPage bank = upload.confirm();
      List<String> imported = bank.messages();
      assertTrue(
          imported.contains(Bundle.text("educator_import.message.info.imported", 2)),
          () -> "messages: " + imported);
      assertFalse(bank.titles().contains("Broken " + tag), bank.titles().toString());

      // Edit one of them.
      QuestionPage editor = bank.search("Words " + tag).edit("Words " + tag);
      editor.stem("Who works with you on your care? " + tag).save();
      List<String> saved = editor.messages();
      assertTrue(
          saved.contains(Bundle.text("educator_question.message.info.saved")),
          () -> "messages: " + saved);

      // Preview it as a patient sees it.
      PreviewPage preview = editor.preview();
      assertEquals("Who works with you on your care? " + tag, preview.stem());

      // Publish.
      QuestionsPage published = new QuestionsPage(browser).open(MODULE).publish();
      Pattern publishedMessage = Bundle.anyArguments("educator_questions.message.info.published");
      List<String> messages = published.messages();
      assertTrue(
          messages.stream().anyMatch(m -> publishedMessage.matcher(m).matches()),
          () -> "messages: " + messages);
      assertEquals(Bundle.text("quiz.status.PUBLISHED"), published.status());

      new EducatorHomePage(browser).open();
      StatisticsPage statistics = new StatisticsPage(browser).open(MODULE);
      assertEquals(
          Bundle.text("educator_statistics.heading") + ": " + Lessons.module(MODULE).title(),
          statistics.heading());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The problem, placed at line 4 with or without a column, as the import page words it. */
  private static boolean isAtLine4(String problem, String message) {
    return problem.equals(Bundle.formatted("educator_import.problem.whereLine", "4", message))
        || Bundle.matching("educator_import.problem.where", "4", Bundle.any("\\d+"), message)
            .matcher(problem)
            .matches();
  }
}
