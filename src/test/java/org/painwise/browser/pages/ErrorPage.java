package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/**
 * Page object of the error pages under WEB-INF/errorpages (404, 500, view expired, forbidden): the
 * browser gets there by opening a path that fails. Forbidden answers like a missing page.
 */
public final class ErrorPage extends Page {

  public ErrorPage(Browser browser) {
    super(browser);
  }

  /** Opens a path that is expected to fail (checked with axe), e.g. one that does not exist. */
  public ErrorPage open(String failingPath) {
    browser.go(failingPath);
    return this;
  }
}
