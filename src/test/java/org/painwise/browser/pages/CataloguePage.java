package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;

/** Page object of /lessons/index, the catalogue of modules. */
public final class CataloguePage extends Page {

  public CataloguePage(Browser browser) {
    super(browser);
  }

  public CataloguePage open() {
    browser.go("/lessons/index");
    return this;
  }

  /** Tabs to a module's link and opens it with Enter, as a keyboard user does. */
  public ModulePage openWithKeyboard(String moduleSlug) {
    browser.tabTo("a[href$='/lessons/" + moduleSlug + "']", 40);
    browser.press(Keys.ENTER);
    browser.waitForPath("/lessons/" + moduleSlug);
    browser.checkAccessibility();
    return new ModulePage(browser);
  }

  /** A module's title, as its card shows it, with the language it is marked with. */
  public String titleOf(String moduleSlug) {
    WebElement link = browser.find(".pw-module h2 a[href$='/lessons/" + moduleSlug + "']");
    return link.getText().strip()
        + " ("
        + link.findElement(By.xpath("./..")).getAttribute("lang")
        + ")";
  }

  /** The value (0 to 100) of a module's progress bar, found by its accessible name. */
  public String progressOf(String moduleTitle) {
    String label = Bundle.text("lessons_index.progress.label") + " " + moduleTitle;
    return browser
        .driver()
        .findElement(By.xpath("//progress[@aria-label=" + XPaths.literal(label) + "]"))
        .getAttribute("value");
  }

  /** The "complete" badges on the page, one for each module whose quiz is passed. */
  public List<String> completeBadges() {
    String complete = Bundle.text("lessons_index.badge.complete");
    return browser.driver().findElements(By.cssSelector(".pw-module .pw-badge")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .filter(complete::equals)
        .toList();
  }
}
