package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.painwise.testsupport.Browser;
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
      browser.waitForText("Module quizzes");

      // Import: the preview shows the bad question's error; nothing is saved yet.
      browser.go("/educator/import?module=" + MODULE);
      new Select(browser.find("#upload\\:module")).selectByValue(MODULE);
      browser.find("#upload\\:file").sendKeys(file.toString());
      browser.find("#upload\\:check").click();
      browser.waitFor("#problems");
      browser.checkAccessibility();
      String preview = browser.text();
      assertTrue(
          preview.matches("(?s).*Line 4(, column \\d+)?: no answer is marked as correct.*"),
          preview);
      assertTrue(preview.contains("Goals " + tag) && preview.contains("Words " + tag), preview);

      // Confirm: only the two valid questions are imported.
      browser.find("#confirm\\:confirm").click();
      browser.waitForPath("/educator/questions");
      browser.waitForText("2 questions were added to the bank");
      browser.checkAccessibility();
      assertTrue(!browser.text().contains("Broken " + tag));

      // Edit one of them.
      browser.find("#bank\\:search").sendKeys("Words " + tag);
      browser.waitForAjaxIdle();
      browser.waitForText("Words " + tag);
      browser.driver().findElement(By.linkText("Words " + tag)).click();
      browser.waitForPath("/educator/question");
      browser.checkAccessibility();
      browser.find("#editor\\:stem").clear();
      browser.find("#editor\\:stem").sendKeys("Who works with you on your care? " + tag);
      browser.find("#editor\\:save").click();
      browser.waitForText("The question is saved.");
      browser.checkAccessibility();

      // Preview it as a patient sees it.
      browser.driver().findElement(By.linkText("Preview")).click();
      browser.waitForText("Who works with you on your care? " + tag);
      browser.checkAccessibility();

      // Publish.
      browser.go("/educator/questions?module=" + MODULE);
      browser.find("#publish\\:publish").click();
      browser.waitForText("is published");
      browser.checkAccessibility();
      assertTrue(browser.find("#status").getText().contains("Published"));

      browser.go("/educator/index");
      browser.go("/educator/statistics?module=" + MODULE);
      browser.waitForText("Item statistics");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
