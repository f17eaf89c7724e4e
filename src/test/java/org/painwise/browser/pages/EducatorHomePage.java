package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /educator/index: the module quizzes. */
public final class EducatorHomePage extends Page {

  public EducatorHomePage(Browser browser) {
    super(browser);
  }

  public EducatorHomePage open() {
    browser.go("/educator/index");
    return this;
  }

  /** Waits for the table of module quizzes (the educator's landing page after sign-in). */
  public EducatorHomePage awaitQuizzes() {
    browser.waitForPath("/educator/index");
    browser.waitFor("#quizzes");
    return this;
  }

  /** The text of the table of module quizzes. */
  public String quizzes() {
    return browser.find("#quizzes").getText();
  }
}
