package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /therapist/clients: the lazy client table and the assign dialog. */
public final class ClientsPage extends Page {

  private static final String ROWS = "#clients\\:table_data > tr";

  public ClientsPage(Browser browser) {
    super(browser);
  }

  public ClientsPage open() {
    browser.go("/therapist/clients");
    return this;
  }

  /**
   * Types into the search box and waits until the table has settled on exactly one row for {@code
   * name}. The filter answers after a pause: without the wait a click could land on a row that the
   * filter then replaces (other tests add clients of this therapist too).
   */
  public ClientsPage search(String name) {
    browser.find("#clients\\:search").sendKeys(name);
    browser.waitForAjaxIdle();
    browser.waitForCount(ROWS, 1);
    row(name);
    return this;
  }

  /**
   * Types into the search box and waits until the table has settled on exactly {@code rows} rows,
   * e.g. the clients of one test whose names share a word.
   */
  public ClientsPage search(String text, int rows) {
    browser.find("#clients\\:search").sendKeys(text);
    browser.waitForAjaxIdle();
    browser.waitForCount(ROWS, rows);
    return this;
  }

  /** Ticks the row of {@code name} too, and waits until {@code selected} rows are selected. */
  public ClientsPage select(String name, int selected) {
    row(name).findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.waitForCount(ROWS + "[aria-selected='true']", selected);
    return this;
  }

  /** Ticks the row of {@code name} (the only row after a search) and waits until it is selected. */
  public ClientsPage selectOnly(String name) {
    row(name).findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.waitForCount(ROWS + "[aria-selected='true']", 1);
    return this;
  }

  /**
   * Opens the assign dialog (checked with axe), ticks the modules by title, writes the note and
   * assigns; waits until the answer has arrived, and checks the page again.
   */
  public ClientsPage assignModules(String note, String... moduleTitles) {
    browser.click("#clients\\:openAssign");
    browser.waitFor("#assignForm\\:modules");
    browser.checkAccessibility();
    for (String title : moduleTitles) {
      browser
          .driver()
          .findElement(
              By.xpath(
                  "//*[@id='assignForm:modules']//label[normalize-space()="
                      + XPaths.literal(title)
                      + "]"))
          .click();
    }
    browser.find("#assignForm\\:note").sendKeys(note);
    browser.click("#assignForm\\:assign");
    browser.waitForAjaxIdle();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** The cells of a client's row, in column order after the selection box. */
  public ClientRow rowOf(String name) {
    List<WebElement> cells = row(name).findElements(By.tagName("td"));
    return new ClientRow(
        text(cells.get(2)), text(cells.get(3)), text(cells.get(4)), text(cells.get(6)));
  }

  /** The latest pain, its change and the unseen red flags of a client's row. */
  public List<String> outcomeCells(String name) {
    List<WebElement> cells = row(name).findElements(By.tagName("td"));
    return List.of(text(cells.get(7)), text(cells.get(8)), text(cells.get(9)));
  }

  /** Opens a client's page from their name in the table. */
  public ClientPage openClient(String name) {
    row(name).findElement(By.linkText(name)).click();
    browser.waitForPath("/therapist/client");
    // The assign form is always there; the timeline is empty (so not shown) for a new client.
    browser.waitFor("#assignOne");
    browser.checkAccessibility();
    return new ClientPage(browser);
  }

  private WebElement row(String name) {
    return browser.waitUntil(
        "the row of " + name,
        d ->
            d.findElement(
                By.xpath(
                    "//*[@id='clients:table_data']/tr[.//a[normalize-space()="
                        + XPaths.literal(name)
                        + "]]")));
  }

  private static String text(WebElement cell) {
    return cell.getText().strip();
  }

  /** What the table says about one client. */
  public record ClientRow(String assigned, String completed, String overdue, String latestScore) {}
}
