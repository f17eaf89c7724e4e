package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.painwise.testsupport.Browser;

/** Page object of /patient/journal: the danger and safety journal and its balance. */
public final class JournalPage extends Page {

  public JournalPage(Browser browser) {
    super(browser);
  }

  public JournalPage open() {
    browser.go("/patient/journal");
    return this;
  }

  /**
   * Fills the form: {@code side} DANGER or SAFETY, {@code category} THINGS, PLACES... (empty leaves
   * the choice), and the text.
   */
  public JournalPage fill(String side, String category, String text) {
    if (!side.isEmpty()) {
      new Select(browser.find("#journal\\:side")).selectByValue(side);
    }
    if (!category.isEmpty()) {
      new Select(browser.find("#journal\\:category")).selectByValue(category);
    }
    WebElement field = browser.find("#journal\\:text");
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Adds the item filled in and waits for the page to come back with a message. */
  public JournalPage add() {
    submit();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Adds what is filled in and waits for the page to come back with field messages. */
  public JournalPage addInvalid() {
    submit();
    browser.waitUntil(
        "a field message",
        d ->
            d.findElements(By.cssSelector("#journal .pw-field-message")).stream()
                    .anyMatch(e -> !e.getText().isBlank())
                ? true
                : null);
    browser.checkAccessibility();
    return this;
  }

  /** The message beside one field ({@code side}, {@code category}, {@code text}). */
  public String fieldMessage(String field) {
    return browser.find("#journal\\:" + field + "-message").getText().strip();
  }

  /** The texts of the items in the journal now, oldest first. */
  public List<String> items() {
    return browser.driver().findElements(By.cssSelector("#items .pw-journal-text")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /**
   * The therapists' "discussed in session" notes on one item (by its text), as the patient reads
   * them beside it.
   */
  public List<String> discussedNotes(String text) {
    return browser.driver().findElements(By.cssSelector("#items .pw-journal-item")).stream()
        .filter(
            li -> li.findElement(By.cssSelector(".pw-journal-text")).getText().strip().equals(text))
        .findFirst()
        .map(
            li ->
                li.findElements(By.cssSelector(".pw-discussed .pw-note")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList())
        .orElseThrow(() -> new AssertionError("no journal item " + text));
  }

  /** The links of the items to the lesson sections (their href), in order. */
  public List<String> itemLinks() {
    return browser.driver().findElements(By.cssSelector("#items .pw-journal-item a")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  /**
   * Presses an item's remove button (by its text) and answers the confirmation: {@code confirm}
   * false cancels, and nothing is sent.
   */
  public JournalPage remove(String text, boolean confirm) {
    WebElement item =
        browser.driver().findElements(By.cssSelector("#items .pw-journal-item")).stream()
            .filter(
                li ->
                    li.findElement(By.cssSelector(".pw-journal-text"))
                        .getText()
                        .strip()
                        .equals(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no journal item " + text));
    WebElement button = item.findElement(By.cssSelector(".pw-journal-remove"));
    button.click();
    Alert alert =
        browser.waitUntil(
            "the confirmation",
            d -> {
              try {
                return d.switchTo().alert();
              } catch (NoAlertPresentException e) {
                return null;
              }
            });
    if (confirm) {
      alert.accept();
      browser.waitUntilReplaced(button);
      browser.waitFor("#journal");
      awaitMessages();
      browser.checkAccessibility();
    } else {
      alert.dismiss();
    }
    return this;
  }

  /** The balance table's newest row: {danger, safety} items this week, or empty with no rows. */
  public List<Integer> thisWeek() {
    return browser.driver().findElements(By.cssSelector("#mine-balance-table tbody tr")).stream()
        .findFirst()
        .map(
            tr ->
                List.of(
                    Integer.parseInt(
                        tr.findElement(By.cssSelector(".pw-journal-danger-count"))
                            .getText()
                            .strip()),
                    Integer.parseInt(
                        tr.findElement(By.cssSelector(".pw-journal-safety-count"))
                            .getText()
                            .strip())))
        .orElse(List.of());
  }

  /** Whether the balance chart is drawn (an SVG with both lines). */
  public boolean balanceChartShown() {
    return browser.driver().findElements(By.cssSelector("#mine-balance-chart svg polyline")).size()
        == 2;
  }

  private void submit() {
    WebElement before = browser.find("#journal\\:add");
    browser.click("#journal\\:add");
    browser.waitUntilReplaced(before);
    browser.waitFor("#journal");
  }
}
