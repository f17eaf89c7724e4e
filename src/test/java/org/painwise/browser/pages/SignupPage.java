package org.painwise.browser;

import org.painwise.testsupport.Browser;

/** Page object of /signup. */
public final class SignupPage {

  private final Browser browser;

  public SignupPage(Browser browser) {
    this.browser = browser;
  }

  public SignupPage open() {
    browser.go("/signup");
    return this;
  }

  /** Fills the form and submits it; the browser lands on the login page. */
  public void signUp(String name, String email, String password) {
    browser.find("#signup\\:name").sendKeys(name);
    browser.find("#signup\\:email").sendKeys(email);
    browser.find("#signup\\:password").sendKeys(password);
    browser.find("#signup\\:submit").click();
    browser.waitForPath("/login");
    browser.checkAccessibility();
  }
}
