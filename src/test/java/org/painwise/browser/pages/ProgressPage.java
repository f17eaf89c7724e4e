package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /patient/progress. */
public final class ProgressPage extends Page {

  public ProgressPage(Browser browser) {
    super(browser);
  }

  public ProgressPage open() {
    browser.go("/patient/progress");
    return this;
  }

  public String completedCount() {
    return browser.find("#completed-count").getText().strip();
  }

  /** The text of the quiz results table. */
  public String results() {
    return browser.find("#results").getText();
  }

  /** The module named in the quiz results table's row {@code index} (0 is the oldest). */
  public String resultModule(int index) {
    return browser.find("#result-module-" + index).getText().strip();
  }

  public boolean chartIsDrawn() {
    return browser.find("svg.pw-chart-svg").isDisplayed();
  }
}
