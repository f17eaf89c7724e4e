package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /patient/checkin: the check-in form, the safety guidance and the history. */
public final class CheckinPage extends Page {

  private static final String[] FIELDS = {
    "painNow", "pegPain", "pegEnjoyment", "pegActivity", "stress", "sleep", "mood"
  };

  public CheckinPage(Browser browser) {
    super(browser);
  }

  public CheckinPage open() {
    browser.go("/patient/checkin");
    return this;
  }

  /** Fills the seven measures in their order on the page (a null leaves a field empty). */
  public CheckinPage fill(Integer... values) {
    for (int i = 0; i < FIELDS.length; i++) {
      WebElement input = browser.find("#checkin\\:" + FIELDS[i]);
      input.clear();
      if (values[i] != null) {
        input.sendKeys(String.valueOf(values[i]));
      }
    }
    return this;
  }

  /** Ticks the safety question about thoughts of self-harm; the guidance appears at once. */
  public CheckinPage tickSelfHarm() {
    browser.click("#checkin\\:selfHarm");
    browser.waitForAjaxIdle();
    browser.waitFor("#seek-care");
    browser.checkAccessibility();
    return this;
  }

  /** Saves and waits for the page to come back with a message. */
  public CheckinPage save() {
    submit();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Saves and waits for the page to come back with field messages (nothing saved). */
  public CheckinPage saveInvalid() {
    submit();
    browser.waitUntil(
        "a field message",
        d ->
            d.findElements(By.cssSelector("#checkin .pw-field-message")).stream()
                    .anyMatch(e -> !e.getText().isBlank())
                ? true
                : null);
    browser.checkAccessibility();
    return this;
  }

  /** Posts the form and waits until the answer has replaced the page. */
  private void submit() {
    WebElement before = browser.find("#checkin\\:save");
    browser.click("#checkin\\:save");
    browser.waitUntilReplaced(before);
    browser.waitFor("#checkin");
  }

  /** The message beside one measure's field ({@code painNow}, {@code mood}...). */
  public String fieldMessage(String field) {
    return browser.find("#checkin\\:" + field + "-message").getText().strip();
  }

  /** The value a field shows now, e.g. after a failed save. */
  public String value(String field) {
    return browser.find("#checkin\\:" + field).getAttribute("value");
  }

  public boolean guidanceShown() {
    return !browser.driver().findElements(By.id("seek-care")).isEmpty();
  }

  public String guidanceText() {
    return browser.find("#seek-care").getText();
  }

  public String nobodyReads() {
    return browser.find("#nobody-reads").getText().strip();
  }

  /** The rows of the history table, newest first, as their cells' texts. */
  public List<List<String>> rows() {
    return browser.driver().findElements(By.cssSelector("#mine-table tbody tr")).stream()
        .map(
            tr ->
                tr.findElements(By.cssSelector("th, td")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList())
        .toList();
  }

  /** How many charts are drawn (one a measure). */
  public int charts() {
    return browser.driver().findElements(By.cssSelector("#mine-charts svg")).size();
  }
}
