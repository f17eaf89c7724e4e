package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /admin/index. */
public final class AdminHomePage extends Page {

  public AdminHomePage(Browser browser) {
    super(browser);
  }

  public AdminHomePage open() {
    browser.go("/admin/index");
    return this;
  }

  /** Follows to the user administration. */
  public UsersPage users() {
    return new UsersPage(browser).open();
  }
}
