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
}
