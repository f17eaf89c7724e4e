package org.painwise.browser.pages;

import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/**
 * Page object of /admin/backups: the list of backups, "Back up now" with its confirmation, and the
 * running state that the page polls.
 */
public final class BackupsPage extends Page {

  public BackupsPage(Browser browser) {
    super(browser);
  }

  public BackupsPage open() {
    browser.go("/admin/backups");
    return this;
  }

  /** The file names in the table, newest first. */
  public List<String> names() {
    return browser.driver().findElements(By.cssSelector("#backups .pw-backup-name")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /**
   * Presses "Back up now", checks the confirmation dialog (axe) and confirms; the page reloads, and
   * is checked again while the backup runs if it still does.
   */
  public BackupsPage backUpNow() {
    browser.find("#backups\\:backUp").click();
    browser.waitFor(".ui-confirm-dialog .ui-confirmdialog-yes");
    browser.checkAccessibility();
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes").click();
    awaitMessages();
    if (!browser.driver().findElements(By.id("running")).isEmpty()) {
      browser.checkAccessibility();
    }
    return this;
  }

  /** Waits until the table shows a backup that is not among {@code before}, and returns it. */
  public String awaitNewBackup(Set<String> before) {
    String name =
        browser.waitUntil(
            "a new backup in the table",
            d ->
                names().stream()
                    .filter(n -> !before.contains(n))
                    .findFirst()
                    .filter(n -> d.findElements(By.id("running")).isEmpty())
                    .orElse(null));
    browser.waitForAjaxIdle();
    browser.checkAccessibility();
    return name;
  }

  /** What the page says about the last backup. */
  public String last() {
    return browser.find("#last").getText().strip();
  }
}
