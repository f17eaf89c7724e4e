package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /reset-password?token=…, the page a reset link opens. */
public final class ResetPasswordPage extends Page {

  public ResetPasswordPage(Browser browser) {
    super(browser);
  }

  /** Opens a reset link (a full URL, as the admin hands it over) and checks the page. */
  public ResetPasswordPage open(String link) {
    browser.driver().get(link);
    browser.waitFor("h1");
    browser.checkAccessibility();
    return this;
  }

  /** Types a new password twice and saves; stays here when the page refuses it. */
  public ResetPasswordPage choose(String password, String again) {
    browser.find("#reset\\:password").sendKeys(password);
    browser.find("#reset\\:confirm").sendKeys(again);
    browser.find("#reset\\:submit").click();
    return this;
  }

  /** The message beside the second password field, once the page shows one. */
  public String confirmMessage() {
    String text = browser.waitFor("#reset\\:confirm-message").getText().strip();
    browser.checkAccessibility();
    return text;
  }

  /** After a good password: the login page, with its message. */
  public LoginPage saved() {
    browser.waitForPath("/login");
    browser.checkAccessibility();
    return new LoginPage(browser);
  }

  /** What the page says about a link that does not work. */
  public String invalidLink() {
    return browser.waitFor("#invalid-link").getText().strip();
  }
}
