package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /educator/preview?id=…: one question as a patient sees it. */
public final class PreviewPage extends Page {

  public PreviewPage(Browser browser) {
    super(browser);
  }

  public PreviewPage open(long id) {
    browser.go("/educator/preview?id=" + id);
    return this;
  }

  /** The question's text, as the patient reads it. */
  public String stem() {
    return browser.find("fieldset.pw-question .pw-question-stem").getText().strip();
  }
}
