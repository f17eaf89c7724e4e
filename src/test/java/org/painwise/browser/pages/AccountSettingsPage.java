package org.painwise.browser.pages;

import org.openqa.selenium.support.ui.Select;
import org.painwise.testsupport.Browser;

/** Page object of /account/settings: language, email, password. */
public final class AccountSettingsPage extends Page {

  public AccountSettingsPage(Browser browser) {
    super(browser);
  }

  /** Opens it through the signed-in user's name in the header, as people do. */
  public AccountSettingsPage open() {
    browser.click(".pw-nav-user");
    browser.waitForPath("/account/settings");
    browser.checkAccessibility();
    return this;
  }

  /** The language saved in the account: a tag, or empty for "the same as my browser". */
  public String savedLanguage() {
    return new Select(browser.find("#language\\:choice"))
        .getFirstSelectedOption()
        .getAttribute("value");
  }
}
