package org.painwise.browser;

import org.painwise.testsupport.Browser;

/** Page object of /login. */
public final class LoginPage {

  private final Browser browser;

  public LoginPage(Browser browser) {
    this.browser = browser;
  }

  public LoginPage open() {
    browser.go("/login");
    return this;
  }

  /** Signs in and waits until the browser has left the login page. */
  public void signIn(String email, String password) {
    browser.find("#login\\:email").sendKeys(email);
    browser.find("#login\\:password").sendKeys(password);
    browser.find("#login\\:submit").click();
    browser.waitUntilLeft("/login");
    browser.checkAccessibility();
  }
}
