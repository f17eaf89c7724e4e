package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /signup, with or without an invitation code. */
public final class SignupPage extends Page {

  public SignupPage(Browser browser) {
    super(browser);
  }

  public SignupPage open() {
    browser.go("/signup");
    return this;
  }

  /** Opens an invitation link (a full URL, as a therapist hands it out) and checks the page. */
  public SignupPage openInvitation(String link) {
    browser.driver().get(link);
    browser.waitFor("#invited");
    browser.checkAccessibility();
    return this;
  }

  /** The note that says who invited the new patient. */
  public String invitation() {
    return browser.find("#invited").getText().strip();
  }

  /** Fills the form and submits it; the browser lands on the login page. */
  public LoginPage signUp(String name, String email, String password) {
    browser.find("#signup\\:name").sendKeys(name);
    browser.find("#signup\\:email").sendKeys(email);
    browser.find("#signup\\:password").sendKeys(password);
    browser.find("#signup\\:submit").click();
    browser.waitForPath("/login");
    browser.checkAccessibility();
    return new LoginPage(browser);
  }
}
