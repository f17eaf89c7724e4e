package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.browser.pages.CataloguePage;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.ModulePage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.TestServer;

/** A patient reads module 1 from start to end with the keyboard alone. */
class LessonReaderIT {

  private static final String MODULE_1 = "pain-alarm-system";
  private static final int MODULE_1_PAGES = 5;

  private final URL base = TestServer.url();

  @Test
  void aPatientReadsModuleOneWithTheKeyboardOnly() {
    String email = FacesClient.uniqueEmail("reader");
    new FacesClient(base).signUp("Rita Reader", email, "a-good-password");
    assertEquals(MODULE_1_PAGES, Lessons.module(MODULE_1).pages().size());

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");

      // The catalogue: Tab to module 1 and open it with Enter.
      ModulePage module = new CataloguePage(browser).open().openWithKeyboard(MODULE_1);
      LessonPage lesson = module.startWithKeyboard();

      for (int page = 1; page <= MODULE_1_PAGES; page++) {
        lesson.awaitPage(page, MODULE_1_PAGES);
        lesson.checkAccessibility();
        if (page == 2) { // the first page with glossary terms
          makeTheTextLargerWithTheKeyboard(lesson);
          openAndCloseAGlossaryTermWithTheKeyboard(lesson, browser);
        }
        lesson.nextWithKeyboard();
      }

      assertEquals(Bundle.text("lessons_module.message.info.finished"), module.finishedMessage());
      module.checkAccessibility();
      assertEquals(
          Bundle.text("lessons_module.quiz.button"),
          module.nextStep(),
          "the module's quiz is what is left: the main button says so");
      assertTrue(module.nextStepLink().endsWith("/quiz/take?module=" + MODULE_1));
      CataloguePage catalogue = new CataloguePage(browser).open();
      assertEquals(
          "100",
          catalogue.progressOf(Lessons.module(MODULE_1).title()),
          "module 1 shows 100% of its pages read");
      List<String> complete = catalogue.completeBadges();
      assertTrue(complete.isEmpty(), "complete only once the quiz is passed: " + complete);
    }
  }

  private static void openAndCloseAGlossaryTermWithTheKeyboard(LessonPage lesson, Browser browser) {
    WebElement term = lesson.tabToGlossaryTerm();
    WebElement definition = lesson.definitionOf(term);
    assertFalse(definition.isDisplayed());
    browser.press(Keys.ENTER);
    assertEquals("true", term.getAttribute("aria-expanded"));
    assertTrue(definition.isDisplayed(), "Enter opens the definition");
    lesson.checkAccessibility();
    browser.press(Keys.ESCAPE);
    assertFalse(definition.isDisplayed(), "Escape closes it");
  }

  private static void makeTheTextLargerWithTheKeyboard(LessonPage lesson) {
    double before = lesson.fontSize();
    lesson.largerTextWithKeyboard();
    assertTrue(lesson.fontSize() > before, "A+ makes the text larger");
    // Shift+Tab goes back to "A", just before "A+".
    assertEquals("0", lesson.resetTextWithKeyboardFromLarger());
    assertEquals(before, lesson.fontSize(), 0.01, "A resets it");
  }

  @Test
  void reachingTheEndOfAPageMarksItReadWithoutPressingNext() {
    String email = FacesClient.uniqueEmail("scroll-reader");
    new FacesClient(base).signUp("Sam Scroll", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");
      // The end of the page comes into view: the script posts, and says so on the element.
      new LessonPage(browser).open("self-care", "slow-breathing").scrollToTheEnd();
      ModulePage module = new ModulePage(browser).open("self-care");
      assertEquals(
          Bundle.text("lessons_module.badge.read"),
          module.badgeOfPage("slow-breathing"),
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
      assertEquals(
          Lessons.page("self-care", "when-to-see-a-doctor").title(),
          new LessonPage(browser).title());
    }
  }
}
