package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/**
 * What every page of the layout has: the one message area ({@code #messages}), the page's heading
 * and the signed-in user's name in the navigation. A page object names intents; the selectors and
 * waits stay here and in its subclasses, never in a test.
 */
public abstract class Page {

  protected final Browser browser;

  protected Page(Browser browser) {
    this.browser = browser;
  }

  public Browser browser() {
    return browser;
  }

  /** The texts of the messages that the layout's message area shows now. */
  public List<String> messages() {
    return browser.driver().findElements(By.cssSelector("#messages .pw-message")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /**
   * Waits until the message area shows at least one message (an ajax answer or a postback has
   * arrived), and returns their texts.
   */
  public List<String> awaitMessages() {
    return browser.waitUntil(
        "a message in #messages",
        d -> {
          List<String> now = messages();
          return now.isEmpty() ? null : now;
        });
  }

  /** The language of the whole page, its {@code html} element's {@code lang}. */
  public String pageLanguage() {
    return browser.find("html").getAttribute("lang");
  }

  /**
   * The note that what follows is in English, not being translated into the reader's language yet;
   * empty when the page has none.
   */
  public java.util.Optional<String> languageNote() {
    return browser.driver().findElements(By.id("language-note")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .findFirst();
  }

  /** The page's one {@code h1}. */
  public String heading() {
    return browser.find("main h1").getText().strip();
  }

  /** The signed-in user's name, as the navigation shows it. */
  public String signedInName() {
    return browser.find(".pw-nav-user").getText().strip();
  }

  /** The page's language, as its {@code html} element says ({@code en}, {@code fr}). */
  public String language() {
    return browser.find("html").getAttribute("lang");
  }

  /**
   * Presses the header's switch to {@code language} (a tag, e.g. {@code fr}), waits for the page to
   * come back in it, and checks it with axe.
   */
  public void switchLanguage(String language) {
    browser.click("#language-" + language);
    browser.waitUntil("the page in " + language, d -> language.equals(language()));
    browser.checkAccessibility();
  }

  /** Signs out with the header's button and waits for the home page. */
  public void signOut() {
    browser.click("#logout");
    browser.waitUntil("signed out", d -> browser.driver().findElements(By.id("logout")).isEmpty());
    browser.checkAccessibility();
  }

  /** Checks the page as it is now with axe-core. */
  public void checkAccessibility() {
    browser.checkAccessibility();
  }
}
