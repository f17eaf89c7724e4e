package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /login. */
public final class LoginPage extends Page {

  public LoginPage(Browser browser) {
    super(browser);
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

  /** Follows "Forgot your password?" to its page, checked by axe. */
  public ForgotPasswordPage forgotPassword() {
    browser.click("#forgot");
    browser.waitForPath("/forgot-password");
    browser.checkAccessibility();
    return new ForgotPasswordPage(browser);
  }

  /** Submits the form as it is (empty) and waits for the message beside the email field. */
  public LoginPage submitEmpty() {
    browser.find("#login\\:submit").click();
    browser.waitFor("#login\\:email-message");
    return this;
  }

  /** The message beside the email field. */
  public String emailMessage() {
    return browser.waitFor("#login\\:email-message").getText().strip();
  }
}
