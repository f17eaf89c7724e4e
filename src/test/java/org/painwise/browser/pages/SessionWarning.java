package org.painwise.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/**
 * The layout's warning before a signed-in session times out ({@code #session-warning}): a non-modal
 * alert dialog with a "stay signed in" button that keeps the session.
 */
public final class SessionWarning extends Page {

  public SessionWarning(Browser browser) {
    super(browser);
  }

  /**
   * Lets the page's clock run {@code seconds} at once (Chromium's virtual time), so that its timers
   * fire as they would after that long, without waiting.
   */
  public SessionWarning letTimePass(long seconds) {
    browser.letTimePass(seconds);
    return this;
  }

  public boolean isShown() {
    return box().isDisplayed();
  }

  /** Waits until the warning shows. */
  public SessionWarning awaitShown() {
    browser.waitFor("#session-warning");
    return this;
  }

  public String text() {
    return browser.find("#session-warning-text").getText().strip();
  }

  /** The id of the element that has the keyboard focus. */
  public String focusedId() {
    return browser.driver().switchTo().activeElement().getAttribute("id");
  }

  /** Presses the focused "stay signed in" button with Enter and waits until the warning closes. */
  public void staySignedIn() {
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.waitUntil("the session warning to close", d -> !box().isDisplayed());
  }

  private WebElement box() {
    return browser.driver().findElement(By.id("session-warning"));
  }
}
