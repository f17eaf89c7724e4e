package org.painwise.browser.pages;

import org.painwise.testsupport.Browser;

/** Page object of /therapist/invitations. */
public final class InvitationsPage extends Page {

  public InvitationsPage(Browser browser) {
    super(browser);
  }

  public InvitationsPage open() {
    browser.go("/therapist/invitations");
    return this;
  }

  /** Makes an invitation and returns the link to hand to the new patient. */
  public String invite() {
    browser.find("#invite\\:create").click();
    String link = browser.waitFor("#new-link").getText();
    browser.checkAccessibility();
    return link;
  }

  /** The code of the invitation just made. */
  public String newCode() {
    return browser.find("#new-code").getText().strip();
  }
}
