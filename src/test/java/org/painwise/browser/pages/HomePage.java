package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of / (the public landing page). */
public final class HomePage extends Page {

  public HomePage(Browser browser) {
    super(browser);
  }

  public HomePage open() {
    browser.go("/");
    return this;
  }

  /** Follows the navigation's sign-up link. */
  public SignupPage goToSignup() {
    browser.go("/signup");
    return new SignupPage(browser);
  }
}
