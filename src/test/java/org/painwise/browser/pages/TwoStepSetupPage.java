package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /two-step/setup: the key and its QR code, the first code, the recovery codes. */
public final class TwoStepSetupPage extends Page {

  public TwoStepSetupPage(Browser browser) {
    super(browser);
  }

  /** The page as it opens after a sign-in that must set it up first (admins). */
  public static TwoStepSetupPage afterPassword(Browser browser) {
    browser.waitForPath("/two-step/setup");
    browser.waitFor("#secret");
    browser.checkAccessibility();
    return new TwoStepSetupPage(browser);
  }

  /** Whether the page says that two-step sign-in is required to finish signing in. */
  public boolean saysItIsRequired() {
    return !browser.driver().findElements(By.id("required")).isEmpty();
  }

  /** The key as the page shows it, in groups of four. */
  public String secret() {
    return browser.find("#secret").getText().strip();
  }

  /** The QR code's text alternative. */
  public String qrCodeAlt() {
    return browser.find("#qr").getAttribute("alt");
  }

  /** Types the app's code and presses Enter; waits for the recovery codes and returns them. */
  public List<String> confirm(String code) {
    WebElement field = browser.tabTo("#confirm\\:code", 60);
    field.sendKeys(code);
    field.sendKeys(Keys.ENTER);
    browser.waitFor("#recovery-codes");
    browser.checkAccessibility();
    return browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** "I saved my codes, continue", with the keyboard; waits until the page is left. */
  public void finish() {
    browser.tabTo("#finish\\:continue", 40);
    browser.press(Keys.ENTER);
    browser.waitUntilLeft("/two-step/setup");
    browser.checkAccessibility();
  }
}
