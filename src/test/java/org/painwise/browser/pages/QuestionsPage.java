package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /educator/questions?module=…: a module's bank, publishing and settings. */
public final class QuestionsPage extends Page {

  public QuestionsPage(Browser browser) {
    super(browser);
  }

  public QuestionsPage open(String module) {
    browser.go("/educator/questions?module=" + module);
    return this;
  }

  /** The quiz's status badge (draft, published, …). */
  public String status() {
    return browser.find("#status").getText().strip();
  }

  /** The links of the questions that the bank's table shows now. */
  public List<String> titles() {
    return browser
        .driver()
        .findElements(By.cssSelector("#bank\\:table_data a.pw-question-link"))
        .stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The badges of a listed question's Languages column (the French texts, the English). */
  public List<String> languageStates(String title) {
    WebElement row =
        browser.driver().findElement(By.linkText(title)).findElement(By.xpath("./ancestor::tr"));
    return row.findElements(By.cssSelector(".pw-translation-state, .pw-english-state")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Types into the search box and waits until a question with this title is listed. */
  public QuestionsPage search(String title) {
    browser.find("#bank\\:search").sendKeys(title);
    browser.waitForAjaxIdle();
    browser.waitUntil("a question titled " + title, d -> titles().contains(title));
    return this;
  }

  /** Opens a question of the table in the editor. */
  public QuestionPage edit(String title) {
    browser.driver().findElement(By.linkText(title)).click();
    browser.waitForPath("/educator/question");
    browser.checkAccessibility();
    return new QuestionPage(browser);
  }

  /** Publishes the quiz; the page reloads with a message (checked by axe). */
  public QuestionsPage publish() {
    browser.find("#publish\\:publish").click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }
}
