package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /account/two-step: two-step sign-in on or off, recovery codes. */
public final class TwoStepSettingsPage extends Page {

  public TwoStepSettingsPage(Browser browser) {
    super(browser);
  }

  public TwoStepSettingsPage open() {
    browser.go("/account/two-step");
    return this;
  }

  /** The status line: on since…, or off. */
  public String state() {
    return browser.find("#state").getText().strip();
  }

  /** The line that says how many recovery codes are left. */
  public String codesLeft() {
    return browser.find("#codes-left").getText().strip();
  }

  /** Follows "Turn on two-step sign-in" with the keyboard (Tab to it, Enter). */
  public TwoStepSetupPage turnOn() {
    browser.tabTo("#turn-on", 40);
    browser.press(org.openqa.selenium.Keys.ENTER);
    browser.waitForPath("/two-step/setup");
    browser.waitFor("#secret");
    browser.checkAccessibility();
    return new TwoStepSetupPage(browser);
  }
}
