package org.painwise.browser.pages;

/** XPath helpers for the page objects. */
final class XPaths {

  private XPaths() {}

  /** An XPath string literal for any text, apostrophes and quotes included. */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
