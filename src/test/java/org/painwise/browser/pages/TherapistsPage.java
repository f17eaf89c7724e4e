package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /patient/therapists: link with a code, see and end the links. */
public final class TherapistsPage extends Page {

  public TherapistsPage(Browser browser) {
    super(browser);
  }

  public TherapistsPage open() {
    browser.go("/patient/therapists");
    return this;
  }

  /** Links to a therapist with an invitation code; the page reloads with a message. */
  public TherapistsPage link(String code) {
    browser.find("#link\\:code").sendKeys(code);
    browser.find("#link\\:submit").click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** The names of the linked therapists. */
  public List<String> therapists() {
    return browser.driver().findElements(By.cssSelector("#links li strong")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Shares check-ins with a linked therapist (by name); the page reloads with a message. */
  public TherapistsPage shareCheckins(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-share-checkins")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Stops sharing check-ins with a therapist (by name). */
  public TherapistsPage withdrawCheckins(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-withdraw-checkins")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Whether the page says check-ins are shared with this therapist. */
  public boolean sharesCheckinsWith(String therapist) {
    return !item(therapist).findElements(By.cssSelector(".pw-withdraw-checkins")).isEmpty();
  }

  /** Shares the knowledge check with a linked therapist (by name). */
  public TherapistsPage shareKnowledge(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-share-knowledge")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Stops sharing the knowledge check with a therapist (by name). */
  public TherapistsPage withdrawKnowledge(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-withdraw-knowledge")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Shares the notes before and after sessions with a linked therapist (by name). */
  public TherapistsPage shareSessions(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-share-sessions")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Shares the danger and safety journal with a linked therapist (by name). */
  public TherapistsPage shareJournal(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-share-journal")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Stops sharing the session notes with a therapist (by name). */
  public TherapistsPage withdrawSessions(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-withdraw-sessions")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Stops sharing the danger and safety journal with a therapist (by name). */
  public TherapistsPage withdrawJournal(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-withdraw-journal")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Shares booster results with a linked therapist (by name). */
  public TherapistsPage shareBoosters(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-share-boosters")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Stops sharing booster results with a therapist (by name). */
  public TherapistsPage withdrawBoosters(String therapist) {
    item(therapist).findElement(By.cssSelector(".pw-withdraw-boosters")).click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  private WebElement item(String therapist) {
    return browser.waitUntil(
        "the therapist " + therapist,
        d ->
            d.findElement(
                By.xpath(
                    "//*[@id='links']//li[.//strong[normalize-space()="
                        + XPaths.literal(therapist)
                        + "]]")));
  }
}
