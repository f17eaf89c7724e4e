package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /patient/knowledge: the knowledge check, its result and the gain. */
public final class KnowledgePage extends Page {

  public KnowledgePage(Browser browser) {
    super(browser);
  }

  public KnowledgePage open() {
    browser.go("/patient/knowledge");
    return this;
  }

  /** The statements' ids (K01, K02...) in the order the form shows them. */
  public List<String> statements() {
    return browser.driver().findElements(By.cssSelector("#knowledge fieldset.pw-question")).stream()
        .map(f -> f.getAttribute("id").substring("statement-".length()))
        .toList();
  }

  /** Chooses one answer (TRUE, FALSE or NOT_SURE) for one statement. */
  public KnowledgePage answer(String statement, String answer) {
    browser.find("#knowledge\\:" + statement + " input[value='" + answer + "']").click();
    return this;
  }

  /** Sends the answers and waits for the page to come back with a message. */
  public KnowledgePage submit() {
    WebElement before = browser.find("#knowledge\\:submit");
    browser.click("#knowledge\\:submit");
    browser.waitUntilReplaced(before);
    browser.waitFor("#knowledge");
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** The score of the attempt just taken ("12 of 15"). */
  public String score() {
    return browser.find("#score").getText().strip();
  }

  /** How many statements the review marks as right. */
  public int reviewedRight() {
    return browser.driver().findElements(By.cssSelector("#review li.pw-knowledge-right")).size();
  }

  /** The links of the review to the lesson sections (their href). */
  public List<String> reviewLinks() {
    return browser.driver().findElements(By.cssSelector("#review li a")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  /** The gain line ("+40 points since the first check"), or empty before a second check. */
  public String gain() {
    return browser.driver().findElements(By.id("mine-gain")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .findFirst()
        .orElse("");
  }

  /** How many attempts the table lists. */
  public int attempts() {
    return browser.driver().findElements(By.cssSelector("#mine-table tbody tr")).size();
  }

  /** Whether a statement's radio for this answer is still chosen (after a refused post). */
  public boolean chosen(String statement, String answer) {
    return browser
        .find("#knowledge\\:" + statement + " input[value='" + answer + "']")
        .isSelected();
  }
}
