package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /therapist/index. */
public final class TherapistHomePage extends Page {

  public TherapistHomePage(Browser browser) {
    super(browser);
  }

  public TherapistHomePage open() {
    browser.go("/therapist/index");
    return this;
  }

  public String clientCount() {
    return browser.find("#client-count").getText().strip();
  }

  public String overdueCount() {
    return browser.find("#overdue-count").getText().strip();
  }
}
