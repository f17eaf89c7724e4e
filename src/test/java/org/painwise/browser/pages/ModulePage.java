package org.painwise.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /lessons/{module}: the module's overview, page list and quiz call-out. */
public final class ModulePage extends Page {

  public ModulePage(Browser browser) {
    super(browser);
  }

  public ModulePage open(String moduleSlug) {
    browser.go("/lessons/" + moduleSlug);
    return this;
  }

  /** Tabs to "Start" (or "Continue") and presses Enter; the browser lands on a lesson page. */
  public LessonPage startWithKeyboard() {
    browser.tabTo("#start", 60);
    browser.press(Keys.ENTER);
    return new LessonPage(browser);
  }

  /** Waits for the note that the reader has read every page (after the last page's Finish). */
  public String finishedMessage() {
    return browser.waitFor("#finished").getText().strip();
  }

  /**
   * The label of the main button once every page is read: the next step, "Take the quiz" or "Next
   * module".
   */
  public String nextStep() {
    return browser.find("#next-step").getText().strip();
  }

  /** Where the main button of the next step leads. */
  public String nextStepLink() {
    return browser.find("#next-step").getAttribute("href");
  }

  /** The badge beside a page in the module's page list, or "" when it has none. */
  public String badgeOfPage(String pageSlug) {
    WebElement item =
        browser.find(".pw-page-list a[href$='/" + pageSlug + "']").findElement(By.xpath("./.."));
    return item.findElements(By.cssSelector(".pw-badge")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .findFirst()
        .orElse("");
  }
}
