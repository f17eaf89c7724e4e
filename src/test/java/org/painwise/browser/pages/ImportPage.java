package org.painwise.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.painwise.testsupport.Browser;

/** Page object of /educator/import: upload, preview with problems, confirm. */
public final class ImportPage extends Page {

  public ImportPage(Browser browser) {
    super(browser);
  }

  public ImportPage open(String module) {
    browser.go("/educator/import?module=" + module);
    return this;
  }

  /** Uploads a file for a module and waits for the preview with its problems (checked by axe). */
  public ImportPage check(String module, Path file) {
    new Select(browser.find("#upload\\:module")).selectByValue(module);
    browser.find("#upload\\:file").sendKeys(file.toString());
    browser.find("#upload\\:check").click();
    browser.waitFor("#problems");
    browser.checkAccessibility();
    return this;
  }

  /**
   * Uploads a file without problems for a module and waits for its preview (checked by axe): it
   * lists the questions and no problem.
   */
  public ImportPage checkClean(String module, Path file) {
    new Select(browser.find("#upload\\:module")).selectByValue(module);
    browser.find("#upload\\:file").sendKeys(file.toString());
    browser.find("#upload\\:check").click();
    browser.waitFor("#preview tbody tr");
    browser.waitFor("#confirm\\:confirm");
    browser.checkAccessibility();
    return this;
  }

  /** The problems listed under the problems heading. */
  public List<String> problems() {
    return browser.driver().findElements(By.cssSelector("#problems + ul.pw-problems > li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The titles of the preview table's questions, valid or not. */
  public List<String> previewTitles() {
    return browser.driver().findElements(By.cssSelector("#preview tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(1).getText().strip())
        .toList();
  }

  /** Imports the valid questions; the browser lands on the module's question bank. */
  public QuestionsPage confirm() {
    browser.find("#confirm\\:confirm").click();
    browser.waitForPath("/educator/questions");
    awaitMessages();
    browser.checkAccessibility();
    return new QuestionsPage(browser);
  }
}
