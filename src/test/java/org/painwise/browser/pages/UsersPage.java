package org.painwise.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;

/**
 * Page object of /admin/users: the lazy user table, the change-role dialog, the reset-link dialog
 * and the dialog that resets someone's two-step sign-in.
 */
public final class UsersPage extends Page {

  public UsersPage(Browser browser) {
    super(browser);
  }

  public UsersPage open() {
    browser.go("/admin/users");
    return this;
  }

  /**
   * Types into the search box and waits until the table has settled on the one account. The search
   * answers after a pause: without the wait the click could land on a table that the search then
   * replaces.
   */
  public UsersPage search(String emailOrName) {
    browser.find("#users\\:search").sendKeys(emailOrName);
    browser.waitForAjaxIdle();
    browser.waitForCount("#users\\:table_data > tr", 1);
    return this;
  }

  /**
   * Opens the reset dialog of the user named {@code displayName}, makes a link (the server has no
   * mail) and returns it as the dialog shows it, once; both states of the dialog are checked by
   * axe.
   */
  public String resetLink(String displayName) {
    String title = Bundle.text("admin_users.button.resetFor") + " " + displayName;
    By button = By.xpath("//button[@title=" + XPaths.literal(title) + "]");
    browser
        .waitUntil(
            "the button '" + title + "'",
            d -> {
              WebElement found = d.findElement(button);
              return found.isDisplayed() ? found : null;
            })
        .click();
    browser.waitFor("#resetForm\\:make");
    browser.checkAccessibility();
    browser.find("#resetForm\\:make").click();
    String link = browser.waitFor("#resetForm\\:link").getAttribute("value");
    browser.checkAccessibility();
    browser.find("#resetForm\\:close").click();
    browser.waitUntil("the dialog to close", d -> !browser.find("#resetDialog").isDisplayed());
    return link;
  }

  /**
   * Opens the change-role dialog of the user named {@code displayName} (checked by axe), picks the
   * role (its enum name, e.g. THERAPIST) and saves; waits for the answer and checks the page again.
   */
  public UsersPage changeRole(String displayName, String role) {
    String title = Bundle.text("admin_users.button.changeRoleFor") + " " + displayName;
    By button = By.xpath("//button[@title=" + XPaths.literal(title) + "]");
    browser
        .waitUntil(
            "the button '" + title + "'",
            d -> {
              WebElement found = d.findElement(button);
              return found.isDisplayed() ? found : null;
            })
        .click();
    browser.waitFor("#roleForm\\:newRole");
    browser.checkAccessibility();
    new Select(browser.find("#roleForm\\:newRole")).selectByValue(role);
    browser.find("#roleForm\\:save").click();
    browser.waitForAjaxIdle();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /**
   * Opens the dialog that resets the two-step sign-in of the user named {@code displayName}
   * (checked by axe), confirms it, and waits for the answer (the page checked again).
   */
  public UsersPage resetTwoStep(String displayName) {
    String title = Bundle.text("admin_users.button.resetTwoStepFor") + " " + displayName;
    By button = By.xpath("//button[@title=" + XPaths.literal(title) + "]");
    browser
        .waitUntil(
            "the button '" + title + "'",
            d -> {
              WebElement found = d.findElement(button);
              return found.isDisplayed() ? found : null;
            })
        .click();
    browser.waitFor("#twoStepForm\\:confirm");
    browser.checkAccessibility();
    browser.find("#twoStepForm\\:confirm").click();
    browser.waitForAjaxIdle();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Whether the row of the user named {@code displayName} offers to reset two-step sign-in. */
  public boolean offersTwoStepReset(String displayName) {
    String title = Bundle.text("admin_users.button.resetTwoStepFor") + " " + displayName;
    return !browser
        .driver()
        .findElements(By.xpath("//button[@title=" + XPaths.literal(title) + "]"))
        .isEmpty();
  }
}
