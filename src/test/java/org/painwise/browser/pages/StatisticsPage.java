package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /educator/statistics?module=…, the item statistics. */
public final class StatisticsPage extends Page {

  public StatisticsPage(Browser browser) {
    super(browser);
  }

  public StatisticsPage open(String module) {
    browser.go("/educator/statistics?module=" + module);
    return this;
  }

  /** The table of items, or an empty string while no attempt has been made. */
  public String items() {
    return browser.driver().findElements(org.openqa.selenium.By.id("items")).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }
}
