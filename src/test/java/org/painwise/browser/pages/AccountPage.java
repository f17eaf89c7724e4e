package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /patient/account: export and delete one's data. */
public final class AccountPage extends Page {

  public AccountPage(Browser browser) {
    super(browser);
  }

  public AccountPage open() {
    browser.go("/patient/account");
    return this;
  }

  /** The address of the export link. */
  public String exportLink() {
    return browser.find("#export").getAttribute("href");
  }

  /** Confirms with the account's email and deletes the account. */
  public void delete(String email) {
    browser.find("#delete\\:confirmEmail").sendKeys(email);
    browser.find("#delete\\:submit").click();
    browser.waitUntilLeft("/patient/account");
  }
}
