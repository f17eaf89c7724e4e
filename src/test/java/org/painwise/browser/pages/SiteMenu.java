package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/**
 * The layout's navigation as a phone shows it: a menu button ({@code #menu-toggle}) that opens and
 * closes the links ({@code #site-nav}), driven here with the keyboard only.
 */
public final class SiteMenu extends Page {

  private static final String TOGGLE = "#menu-toggle";
  private static final String NAV = "#site-nav";

  public SiteMenu(Browser browser) {
    super(browser);
  }

  /** Whether the button shows (it does on narrow screens only). */
  public boolean buttonShown() {
    return browser.find(TOGGLE).isDisplayed();
  }

  /** What the button tells assistive technology: "true" when the menu is open. */
  public String expanded() {
    return browser.find(TOGGLE).getAttribute("aria-expanded");
  }

  /** Whether the navigation's links are on the screen. */
  public boolean linksShown() {
    return browser.find(NAV + " .pw-nav-links a").isDisplayed();
  }

  /** Tabs from the top of the page to the menu button and presses Enter. */
  public SiteMenu openWithKeyboard() {
    browser.tabTo(TOGGLE, 10);
    browser.press(Keys.ENTER);
    browser.waitUntil("the menu to open", d -> "true".equals(expanded()));
    return this;
  }

  /** Presses Escape wherever the focus is in the header. */
  public SiteMenu closeWithEscape() {
    browser.press(Keys.ESCAPE);
    browser.waitUntil("the menu to close", d -> "false".equals(expanded()));
    return this;
  }

  /** The id, or else the link target, of the element that has the focus. */
  public String focused() {
    WebElement active = browser.driver().switchTo().activeElement();
    String id = active.getAttribute("id");
    return id != null && !id.isEmpty() ? "#" + id : active.getAttribute("href");
  }

  /** The links of the menu, in order, as their targets. */
  public List<String> links() {
    return browser.driver().findElements(By.cssSelector(NAV + " .pw-nav-links a")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  /** Tabs from the open menu's first link to the link to {@code path} and follows it with Enter. */
  public void followWithKeyboard(String path) {
    browser.tabTo(NAV + " a[href$='" + path + "']", 10);
    browser.press(Keys.ENTER);
    browser.waitForPath(path);
    browser.checkAccessibility();
  }

  /** The link that the navigation marks as the page shown (aria-current="page"), as its target. */
  public String current() {
    return browser.find(NAV + " a[aria-current='page']").getAttribute("href");
  }
}
