package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /patient/index, the patient's dashboard. */
public final class DashboardPage extends Page {

  public DashboardPage(Browser browser) {
    super(browser);
  }

  public DashboardPage open() {
    browser.go("/patient/index");
    return this;
  }

  /** The notices (for example a new assignment), each without its dismiss button. */
  public List<String> notices() {
    return browser.driver().findElements(By.cssSelector("#notices li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The text of the assigned modules' cards. */
  public String assigned() {
    return browser.find("#assigned").getText();
  }

  /** The badges of the assigned modules' cards (complete, overdue). */
  public List<String> assignedBadges() {
    return browser.driver().findElements(By.cssSelector("#assigned .pw-badge")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The title of a started (not assigned) module's card, by the module's slug. */
  public String startedTitle(String moduleSlug) {
    return browser.find("#started-title-" + moduleSlug).getText().strip();
  }

  /** The "continue where you left off" card's module and page titles. */
  public String continueTitle() {
    return browser.find("#continue-title").getText().strip();
  }

  /** The heading of the "start here" card that a new patient sees, or empty when not shown. */
  public String startHeading() {
    return browser.driver().findElements(By.id("start-heading")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .findFirst()
        .orElse("");
  }

  /** Which knowledge-check offer the dashboard shows: "before", "after", or "" for none. */
  public String knowledgeOffer() {
    if (!browser.driver().findElements(By.id("knowledge-before")).isEmpty()) {
      return "before";
    }
    return browser.driver().findElements(By.id("knowledge-after")).isEmpty() ? "" : "after";
  }

  /** Follows the dashboard's offer of the knowledge check. */
  public KnowledgePage takeKnowledgeCheck() {
    browser.find("#knowledge-offer").click();
    browser.waitForPath("/patient/knowledge");
    browser.waitFor("#knowledge");
    browser.checkAccessibility();
    return new KnowledgePage(browser);
  }

  /** Follows the dashboard's link to the notes before and after a session. */
  public SessionsPage openSessions() {
    browser.find("#sessions").click();
    browser.waitForPath("/patient/sessions");
    browser.waitFor("#notes-heading");
    browser.checkAccessibility();
    return new SessionsPage(browser);
  }

  /** The titles of the modules a therapist marked as discussed in session. */
  public List<String> discussedTitles() {
    return browser.driver().findElements(By.cssSelector("#discussed h3")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The therapists' notes on the modules discussed in session. */
  public List<String> discussedNotes() {
    return browser.driver().findElements(By.cssSelector("#discussed .pw-note")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Follows the dashboard's link to the danger and safety journal. */
  public JournalPage openJournal() {
    browser.find("#journal-link").click();
    browser.waitForPath("/patient/journal");
    browser.waitFor("#journal");
    browser.checkAccessibility();
    return new JournalPage(browser);
  }

  /** The boosters offered, as "module-slug-weeks" (e.g. {@code pain-alarm-system-4}). */
  public List<String> boostersDue() {
    return browser.driver().findElements(By.cssSelector("#boosters-due a")).stream()
        .map(a -> a.getAttribute("id").substring("booster-".length()))
        .toList();
  }

  /** Tabs to a booster's link and opens it with Enter, as a keyboard user does. */
  public BoosterPage takeBooster(String moduleSlug, int weeks) {
    browser.tabTo("#booster-" + moduleSlug + "-" + weeks, 120);
    browser.press(org.openqa.selenium.Keys.ENTER);
    browser.waitForPath("/patient/booster");
    browser.waitFor("#booster");
    browser.checkAccessibility();
    return new BoosterPage(browser);
  }
}
