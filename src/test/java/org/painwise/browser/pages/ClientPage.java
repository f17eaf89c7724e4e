package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /therapist/client?id=…: one client's assignments, chart and timeline. */
public final class ClientPage extends Page {

  public ClientPage(Browser browser) {
    super(browser);
  }

  public ClientPage open(long patientId) {
    browser.go("/therapist/client?id=" + patientId);
    return this;
  }

  /**
   * The timeline's entries, newest first, each as the page words it ({@code "Completed: Moving
   * again"}, {@code "Passed the quiz: Moving again (100%)"}), without the date.
   */
  public List<String> timeline() {
    return browser.driver().findElements(By.cssSelector("#timeline > li")).stream()
        .map(li -> li.findElements(By.tagName("span")))
        .map(spans -> spans.get(spans.size() - 1))
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Assigns one module (by its title in the menu) with a note. */
  public ClientPage assign(String moduleTitle, String note) {
    new org.openqa.selenium.support.ui.Select(browser.find("#assignOne\\:module"))
        .selectByVisibleText(moduleTitle);
    browser.find("#assignOne\\:note").sendKeys(note);
    browser.find("#assignOne\\:assign").click();
    awaitMessages();
    return this;
  }

  /** Whether the client shares check-ins with this therapist (the section shows them). */
  public boolean checkinsShared() {
    return browser.driver().findElements(By.id("checkins-not-shared")).isEmpty();
  }

  /** The red flags listed on the page, one line each (date: what). */
  public List<String> redFlags() {
    return browser.driver().findElements(By.cssSelector("#red-flags li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** How many check-ins the table lists. */
  public int checkinRows() {
    return browser.driver().findElements(By.cssSelector("#client-table tbody tr")).size();
  }

  /** The check-in charts drawn. */
  public int checkinCharts() {
    return browser.driver().findElements(By.cssSelector("#client-charts svg")).size();
  }

  /** The badge of the pain change against the first week ("No meaningful change"...). */
  public String painChange() {
    return browser.find("#change-pain-badge").getText().strip();
  }

  /** Whether the chart of knowledge gain and symptom change on one time axis is drawn. */
  public boolean outcomeTimelineShown() {
    return !browser.driver().findElements(By.id("outcome-timeline-svg")).isEmpty();
  }

  /** Whether the client shares the knowledge check with this therapist. */
  public boolean knowledgeShared() {
    return browser.driver().findElements(By.id("knowledge-not-shared")).isEmpty();
  }

  /** The gain line of the client's knowledge check, or empty when not shown. */
  public String knowledgeGain() {
    return browser.driver().findElements(By.id("knowledge-gain")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .findFirst()
        .orElse("");
  }

  /** How many knowledge checks the table lists. */
  public int knowledgeRows() {
    return browser.driver().findElements(By.cssSelector("#knowledge-table tbody tr")).size();
  }

  /** Whether the client shares their session notes with this therapist. */
  public boolean sessionsShared() {
    return browser.driver().findElements(By.id("sessions-not-shared")).isEmpty();
  }

  /** The "in your words" cells of the client's shared session notes, newest first. */
  public List<String> sessionWords() {
    return browser
        .driver()
        .findElements(By.cssSelector("#sessions-table .pw-session-words"))
        .stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Whether the client shares the danger and safety journal with this therapist. */
  public boolean journalShared() {
    return browser.driver().findElements(By.id("journal-not-shared")).isEmpty();
  }

  /** The texts of the client's journal items shown, oldest first. */
  public List<String> journalItems() {
    return browser.driver().findElements(By.cssSelector("#journal-items .pw-journal-text")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /**
   * Marks the first module of the menu as discussed in session, with a note; returns the module's
   * title as the menu shows it.
   */
  public String markFirstModuleDiscussed(String note) {
    org.openqa.selenium.support.ui.Select menu =
        new org.openqa.selenium.support.ui.Select(browser.find("#markDiscussed\\:module"));
    menu.selectByIndex(0);
    String title = menu.getFirstSelectedOption().getText().strip();
    browser.find("#markDiscussed\\:note").sendKeys(note);
    browser.find("#markDiscussed\\:mark").click();
    awaitMessages();
    browser.checkAccessibility();
    return title;
  }

  /** The titles of the modules marked as discussed in session. */
  public List<String> discussedTitles() {
    return browser.driver().findElements(By.cssSelector("#discussed-list h3")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** How many weeks the journal's balance table lists. */
  public int journalBalanceRows() {
    return browser.driver().findElements(By.cssSelector("#journal-balance-table tbody tr")).size();
  }

  /** Whether the client shares booster results with this therapist. */
  public boolean boostersShared() {
    return browser.driver().findElements(By.id("boosters-not-shared")).isEmpty();
  }

  /** How many boosters the client's results table lists. */
  public int boosterRows() {
    return browser.driver().findElements(By.cssSelector("#client-boosters tbody tr")).size();
  }

  /** Whether the form to mark a journal item as discussed in session is on the page. */
  public boolean canMarkJournalItems() {
    return !browser.driver().findElements(By.id("markJournalDiscussed")).isEmpty();
  }

  /**
   * Marks a journal item (by its text) as discussed in session with a note, and waits for the page
   * to come back with a message; returns the messages.
   */
  public List<String> markJournalItemDiscussed(String itemText, String note) {
    new org.openqa.selenium.support.ui.Select(browser.find("#markJournalDiscussed\\:item"))
        .selectByVisibleText(itemText);
    WebElement field = browser.find("#markJournalDiscussed\\:note");
    field.clear();
    field.sendKeys(note);
    WebElement button = browser.find("#markJournalDiscussed\\:mark");
    button.click();
    browser.waitUntilReplaced(button);
    List<String> messages = awaitMessages();
    browser.checkAccessibility();
    return messages;
  }

  /** The therapist's notes on the client's journal items discussed in session, in item order. */
  public List<String> journalDiscussedNotes() {
    return browser
        .driver()
        .findElements(By.cssSelector("#journal-items .pw-discussed .pw-note"))
        .stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }
}
