package org.painwise.browser.pages;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /two-step/code: the second step of a sign-in. */
public final class TwoStepCodePage extends Page {

  public TwoStepCodePage(Browser browser) {
    super(browser);
  }

  /** The page as it opens after a right password (checked by axe). */
  public static TwoStepCodePage afterPassword(Browser browser) {
    browser.waitForPath("/two-step/code");
    browser.waitFor("#twoStep\\:code");
    browser.checkAccessibility();
    return new TwoStepCodePage(browser);
  }

  /** Types a code (the app's or a recovery code) and presses Enter; waits for the answer. */
  public void enter(String code) {
    WebElement field = browser.tabTo("#twoStep\\:code", 40);
    field.sendKeys(code);
    field.sendKeys(Keys.ENTER);
    browser.waitUntilReplaced(field);
    browser.waitFor("main h1");
    browser.checkAccessibility();
  }

  /** The message beside the code field, empty when there is none. */
  public String message() {
    return browser.find("#twoStep\\:code-message").getText().strip();
  }
}
