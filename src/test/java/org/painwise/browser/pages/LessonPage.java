package org.painwise.browser.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;

/** Page object of /lessons/{module}/{page}, the reader. */
public final class LessonPage extends Page {

  public LessonPage(Browser browser) {
    super(browser);
  }

  public LessonPage open(String moduleSlug, String pageSlug) {
    browser.go("/lessons/" + moduleSlug + "/" + pageSlug);
    return this;
  }

  /** Waits until the reader shows page {@code number} of {@code count} ("Page 2 of 5"). */
  public LessonPage awaitPage(int number, int count) {
    String expected = Bundle.formatted("lessons_page.text.position", number, count);
    browser.waitUntil(
        "#position to read '" + expected + "'",
        d -> expected.equals(browser.find("#position").getText().strip()));
    return this;
  }

  /** The language of the page's own text (the reader's, or English when it is not translated). */
  public String textLanguage() {
    return browser.find("#reader").getAttribute("lang");
  }

  /** The addresses of the page's diagrams. */
  public java.util.List<String> diagrams() {
    return browser
        .driver()
        .findElements(org.openqa.selenium.By.cssSelector(".pw-lesson-body img"))
        .stream()
        .map(img -> img.getAttribute("src"))
        .toList();
  }

  /** The page's title, its {@code h1}. */
  public String title() {
    return heading();
  }

  /** Waits until the section with this anchor is shown, and returns its heading's text. */
  public String section(String anchor) {
    return browser.waitFor("#" + anchor).getText().strip();
  }

  /** Presses Next (Finish on the last page) with the mouse. */
  public void next() {
    browser.find("#pager\\:next").click();
  }

  /** Tabs to Next (Finish on the last page) and presses Enter, as a keyboard user does. */
  public void nextWithKeyboard() {
    browser.tabTo("#pager\\:next", 120);
    browser.press(Keys.ENTER);
  }

  /**
   * Reads from page {@code from} to the last of {@code count} pages with Next, and lands on the
   * module page, which says that every page is read.
   */
  public ModulePage readToTheEnd(int from, int count) {
    for (int page = from; page <= count; page++) {
      awaitPage(page, count);
      next();
    }
    return new ModulePage(browser);
  }

  /** The computed font size of the lesson text, in CSS pixels. */
  public double fontSize() {
    return Double.parseDouble(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return parseFloat(getComputedStyle(document.querySelector("
                    + "'.pw-lesson-body p')).fontSize)")
            .toString());
  }

  /** Tabs to A+ and presses Enter. */
  public void largerTextWithKeyboard() {
    browser.tabTo("button[data-font-step='1']", 60);
    browser.press(Keys.ENTER);
  }

  /**
   * Moves back one step with Shift+Tab (from A+ to A), presses Enter and returns the step of the
   * button that had the focus.
   */
  public String resetTextWithKeyboardFromLarger() {
    browser.backTab();
    String step = browser.driver().switchTo().activeElement().getAttribute("data-font-step");
    browser.press(Keys.ENTER);
    return step;
  }

  /** Tabs to the first glossary term and returns it. */
  public WebElement tabToGlossaryTerm() {
    return browser.tabTo(".pw-term", 60);
  }

  /** The definition that a glossary term controls. */
  public WebElement definitionOf(WebElement term) {
    return browser.find("#" + term.getAttribute("aria-controls"));
  }

  /** Brings the end of the page into view, and waits until the script has marked the page read. */
  public LessonPage scrollToTheEnd() {
    browser.find("#page-end");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('page-end').scrollIntoView();");
    browser.waitFor("#page-end[data-read='true']");
    return this;
  }

  /** Whether the page offers "Listen" (its controls are shown). */
  public boolean offersListening() {
    return browser.find("#listen").isDisplayed();
  }

  /** Waits until "Listen" is offered (the voices arrive after the page). */
  public LessonPage awaitListening() {
    browser.waitFor("#listen-toggle");
    return this;
  }

  /** Tabs to the Listen button (Pause, Resume while reading) and presses Enter. */
  public LessonPage pressListenWithKeyboard() {
    browser.tabTo("#listen-toggle", 60);
    browser.press(Keys.ENTER);
    return this;
  }

  /** Tabs to Stop and presses Enter. */
  public LessonPage stopListeningWithKeyboard() {
    browser.tabTo("#listen-stop", 60);
    browser.press(Keys.ENTER);
    return this;
  }

  /** The label of the Listen button: Listen, Pause or Resume. */
  public String listenButton() {
    return browser.find("#listen-toggle").getText().strip();
  }

  /** Whether the Stop button is shown. */
  public boolean offersStop() {
    return browser.find("#listen-stop").isDisplayed();
  }

  /** The texts of the blocks marked as being read (none or one). */
  public java.util.List<String> blocksBeingRead() {
    return browser
        .driver()
        .findElements(org.openqa.selenium.By.cssSelector(".pw-speaking"))
        .stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The text of the first paragraph of the lesson, as the page shows it. */
  public String firstParagraph() {
    return browser.find(".pw-lesson-body p").getText().strip();
  }
}
