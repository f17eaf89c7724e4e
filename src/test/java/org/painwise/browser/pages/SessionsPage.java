package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /patient/sessions: a note before and a reflection after a session. */
public final class SessionsPage extends Page {

  public SessionsPage(Browser browser) {
    super(browser);
  }

  public SessionsPage open() {
    browser.go("/patient/sessions");
    return this;
  }

  /** Saves a note before the session: what the patient hopes for, and how tense the body feels. */
  public SessionsPage writeBefore(String hope, Integer tension) {
    type("#before\\:hope", hope);
    type("#before\\:tension", tension == null ? null : String.valueOf(tension));
    return submit("#before\\:save");
  }

  /** Saves a reflection after the session: how the body feels now, and what to try at home. */
  public SessionsPage writeAfter(Integer bodyNow, String tryAtHome) {
    type("#after\\:bodyNow", bodyNow == null ? null : String.valueOf(bodyNow));
    type("#after\\:tryAtHome", tryAtHome);
    return submit("#after\\:save");
  }

  /** The message under a field of the after form ({@code bodyNow}), or empty. */
  public String afterFieldMessage(String field) {
    return browser.find("#after\\:" + field + "-message").getText().strip();
  }

  /** How many notes the table lists. */
  public int notes() {
    return browser.driver().findElements(By.cssSelector("#notes-table tbody tr")).size();
  }

  private void type(String css, String text) {
    WebElement input = browser.find(css);
    input.clear();
    if (text != null) {
      input.sendKeys(text);
    }
  }

  private SessionsPage submit(String css) {
    WebElement before = browser.find(css);
    browser.click(css);
    browser.waitUntilReplaced(before);
    browser.waitFor("#notes-heading");
    browser.checkAccessibility();
    return this;
  }

  /** The texts of the notes' "in your words" cells, newest first. */
  public List<String> words() {
    return browser.driver().findElements(By.cssSelector("#notes-table .pw-session-words")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }
}
