package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /forgot-password. */
public final class ForgotPasswordPage extends Page {

  public ForgotPasswordPage(Browser browser) {
    super(browser);
  }

  /** What the page says to do when the server cannot send email: whom to ask. */
  public String advice() {
    return browser.waitFor("#ask-admin").getText().strip();
  }
}
