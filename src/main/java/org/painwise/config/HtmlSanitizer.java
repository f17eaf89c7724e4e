package org.painwise.config;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy for authored content (lesson pages, quiz texts): structure, emphasis, links,
 * images, tables and our glossary pop-over markup. Scripts, styles, event handlers and unknown URL
 * schemes never get through.
 */
public final class HtmlSanitizer {

  private static final Pattern IMAGE_SRC =
      Pattern.compile("(\\.\\./)*lesson-media/[a-z0-9-]+/images/[A-Za-z0-9._-]+");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "div",
              "h2",
              "h3",
              "h4",
              "ul",
              "ol",
              "li",
              "strong",
              "em",
              "b",
              "i",
              "u",
              "s",
              "del",
              "ins",
              "blockquote",
              "code",
              "pre",
              "br",
              "hr",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img",
              "button",
              "span",
              "sup",
              "sub")
          .allowAttributes("id")
          .matching(Pattern.compile("[a-z0-9-]{1,100}"))
          .onElements("h2", "h3", "h4", "span")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          // Images only from our own lesson diagrams: no outside image can track a reader.
          .allowAttributes("src")
          .matching(IMAGE_SRC)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("class")
          .matching(Pattern.compile("pw-[a-z-]{1,40}"))
          .onElements("button", "span", "a", "img", "table")
          .allowAttributes("type")
          .matching(Pattern.compile("button"))
          .onElements("button")
          .allowAttributes("aria-expanded")
          .matching(Pattern.compile("true|false"))
          .onElements("button")
          .allowAttributes("aria-controls")
          .matching(Pattern.compile("[a-z0-9-]{1,100}"))
          .onElements("button")
          .allowAttributes("role")
          .matching(Pattern.compile("note"))
          .onElements("span")
          .allowAttributes("hidden")
          .onElements("span")
          .allowAttributes("scope")
          .matching(Pattern.compile("col|row"))
          .onElements("th")
          .toFactory();

  private HtmlSanitizer() {}

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
