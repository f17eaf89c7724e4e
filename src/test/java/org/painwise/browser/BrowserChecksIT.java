package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.TestServer;

/**
 * The checks that every browser test relies on can fail: a page with a WCAG violation, or one that
 * is wider than the phone, fails {@link Browser#checkAccessibility()}, and the report names the
 * rule and the element. Without this, a checker that silently stopped checking would pass every
 * page.
 */
class BrowserChecksIT {

  private final URL base = TestServer.url();

  @Test
  void anImageWithoutTextFailsTheAxeCheckAndTheReportNamesIt() {
    try (Browser browser = Browser.open(base)) {
      browser.go("/login");
      browser.script(
          "var img = document.createElement('img');"
              + "img.id = 'unlabelled-picture'; img.src = 'data:image/gif;base64,"
              + "R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';"
              + "document.querySelector('main').appendChild(img);");
      AssertionFailedError failure =
          assertThrows(AssertionFailedError.class, browser::checkAccessibility);
      assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
      assertTrue(failure.getMessage().contains("#unlabelled-picture"), failure.getMessage());
      assertTrue(failure.getMessage().contains("at 1280 px"), failure.getMessage());
    }
  }

  @Test
  void aViolationAfterTheFirstCheckOfTheSamePageIsFoundToo() {
    try (Browser browser = Browser.open(base)) {
      // The first check puts axe into the page; the second must run it again, not reuse a result.
      browser.go("/login");
      browser.script(
          "var b = document.createElement('button'); b.id = 'empty-button';"
              + "document.querySelector('main').appendChild(b);");
      AssertionFailedError failure =
          assertThrows(AssertionFailedError.class, browser::checkAccessibility);
      assertTrue(failure.getMessage().contains("button-name"), failure.getMessage());
      assertTrue(failure.getMessage().contains("#empty-button"), failure.getMessage());
    }
  }

  @Test
  void aPageWiderThanThePhoneFailsAtTheNarrowWidth() {
    try (Browser browser = Browser.open(base)) {
      browser.go("/login");
      browser.script(
          "var d = document.createElement('div'); d.id = 'too-wide';"
              + "d.textContent = 'x'; d.style.width = '900px';"
              + "document.body.appendChild(d);");
      AssertionFailedError failure =
          assertThrows(AssertionFailedError.class, browser::checkAccessibility);
      assertTrue(
          failure.getMessage().contains("wider than the 360 px screen"), failure.getMessage());
      assertTrue(failure.getMessage().contains("too-wide"), failure.getMessage());
    }
  }
}
