package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/** A patient reads module 1 from start to end with the keyboard alone. */
class LessonReaderIT {

  private static final int MODULE_1_PAGES = 5;

  private final URL base = TestServer.url();

  @Test
  void aPatientReadsModuleOneWithTheKeyboardOnly() {
    String email = FacesClient.uniqueEmail("reader");
    new FacesClient(base).signUp("Rita Reader", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");

      // The catalogue: Tab to module 1 and open it with Enter.
      browser.go("/lessons/index");
      browser.tabTo("a[href$='/lessons/pain-alarm-system']", 40);
      browser.press(Keys.ENTER);
      browser.waitForPath("/lessons/pain-alarm-system");
      browser.checkAccessibility();
      browser.tabTo("#start", 60);
      browser.press(Keys.ENTER);

      for (int page = 1; page <= MODULE_1_PAGES; page++) {
        browser.waitForText("Page " + page + " of " + MODULE_1_PAGES);
        browser.checkAccessibility();
        if (page == 2) { // the first page with glossary terms
          makeTheTextLargerWithTheKeyboard(browser);
          openAndCloseAGlossaryTermWithTheKeyboard(browser);
        }
        browser.tabTo("#pager\\:next", 120);
        browser.press(Keys.ENTER);
      }

      browser.waitForText("You have read every page of this module");
      browser.checkAccessibility();
      assertTrue(
          browser.find("#quiz-callout").getText().contains("Take the quiz"),
          "the module's quiz is what is left");
      browser.go("/lessons/index");
      WebElement bar = browser.find("progress[aria-label$=\"Pain, your body's alarm system\"]");
      assertEquals("100", bar.getAttribute("value"), "module 1 shows 100% of its pages read");
      assertFalse(browser.text().contains("Complete"), "complete only once the quiz is passed");
    }
  }

  private static void openAndCloseAGlossaryTermWithTheKeyboard(Browser browser) {
    WebElement term = browser.tabTo(".pw-term", 60);
    WebElement definition = browser.find("#" + term.getAttribute("aria-controls"));
    assertFalse(definition.isDisplayed());
    browser.press(Keys.ENTER);
    assertEquals("true", term.getAttribute("aria-expanded"));
    assertTrue(definition.isDisplayed(), "Enter opens the definition");
    browser.checkAccessibility();
    browser.press(Keys.ESCAPE);
    assertFalse(definition.isDisplayed(), "Escape closes it");
  }

  private static void makeTheTextLargerWithTheKeyboard(Browser browser) {
    double before = fontSize(browser);
    browser.tabTo("button[data-font-step='1']", 60);
    browser.press(Keys.ENTER);
    assertTrue(fontSize(browser) > before, "A+ makes the text larger");
    browser.backTab(); // back to "A", just before "A+"
    assertEquals("0", browser.driver().switchTo().activeElement().getAttribute("data-font-step"));
    browser.press(Keys.ENTER);
    assertEquals(before, fontSize(browser), 0.01, "A resets it");
  }

  private static double fontSize(Browser browser) {
    return Double.parseDouble(
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "return parseFloat(getComputedStyle(document.querySelector("
                    + "'.pw-lesson-body p')).fontSize)")
            .toString());
  }

  @Test
  void reachingTheEndOfAPageMarksItReadWithoutPressingNext() {
    String email = FacesClient.uniqueEmail("scroll-reader");
    new FacesClient(base).signUp("Sam Scroll", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");
      browser.go("/lessons/self-care/slow-breathing");
      // The end of the page comes into view: the script posts, and says so on the element.
      browser.driver().findElement(org.openqa.selenium.By.id("page-end"));
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('page-end').scrollIntoView();");
      browser.waitFor("#page-end[data-read='true']");
      browser.go("/lessons/self-care");
      assertTrue(
          browser
              .find("a[href$='/lessons/self-care/slow-breathing']")
              .findElement(org.openqa.selenium.By.xpath("./.."))
              .getText()
              .contains("Read"),
          "the page is marked read in the module's page list");
    }
  }

  @Test
  void aDeepLinkToALessonSurvivesTheLogin() {
    String email = FacesClient.uniqueEmail("deep-reader");
    new FacesClient(base).signUp("Dan Deep", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      browser.driver().get(base + "lessons/self-care/when-to-see-a-doctor");
      browser.waitForPath("/login");
      new LoginPage(browser).signIn(email, "a-good-password");
      assertEquals("/lessons/self-care/when-to-see-a-doctor", browser.currentPath());
      assertTrue(
          browser.text().contains("When to see a doctor") || browser.text().contains("doctor"));
    }
  }
}
