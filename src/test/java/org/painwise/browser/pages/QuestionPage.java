package org.painwise.browser.pages;

import org.openqa.selenium.By;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;

/** Page object of /educator/question?id=…, the question editor. */
public final class QuestionPage extends Page {

  public QuestionPage(Browser browser) {
    super(browser);
  }

  public QuestionPage open(long id) {
    browser.go("/educator/question?id=" + id);
    return this;
  }

  /** Replaces the question's text. */
  public QuestionPage stem(String text) {
    browser.find("#editor\\:stem").clear();
    browser.find("#editor\\:stem").sendKeys(text);
    return this;
  }

  /** The text of every label of the editor's form, in page order. */
  public java.util.List<String> labels() {
    return browser.driver().findElements(By.cssSelector("#editor label")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The label of the field with this client id (e.g. editor:choice:0:text). */
  public String labelOf(String clientId) {
    return browser.find("label[for='" + clientId + "']").getText().strip();
  }

  /** What the credit field of each answer shows, in order. */
  public java.util.List<String> credits() {
    return browser.driver().findElements(By.cssSelector("input[id$=':weight']")).stream()
        .map(e -> e.getAttribute("value"))
        .toList();
  }

  /** Saves; the page reloads with a message (checked by axe). */
  public QuestionPage save() {
    browser.find("#editor\\:save").click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** Follows the language selector to the question's French texts, or back to English. */
  public QuestionPage language(String language) {
    browser.find("a#language-" + language).click();
    browser.waitFor("strong#language-" + language);
    browser.checkAccessibility();
    return this;
  }

  /** The English text beside a French field, as its hint shows it ("English: …"). */
  public String englishHint(String field) {
    return browser.find("#" + field + "-hint").getText().strip();
  }

  /** Fills the French texts: the stem, then each answer's text in the English answers' order. */
  public QuestionPage translate(String stem, String... answers) {
    browser.find("#translation\\:stem").clear();
    browser.find("#translation\\:stem").sendKeys(stem);
    for (int i = 0; i < answers.length; i++) {
      String css = "#translation\\:choice\\:" + i + "\\:text";
      browser.find(css).clear();
      browser.find(css).sendKeys(answers[i]);
    }
    return this;
  }

  /** Saves the French texts; the page reloads with a message (checked by axe). */
  public QuestionPage saveTranslation() {
    browser.find("#translation\\:save").click();
    awaitMessages();
    browser.checkAccessibility();
    return this;
  }

  /** The badge of the French texts: not in French, up to date or out of date. */
  public String translationState() {
    return browser.find("#state-translation").getText().strip();
  }

  /** The badge that the English text is out of date, when it shows. */
  public java.util.Optional<String> englishState() {
    return browser.driver().findElements(By.id("state-english")).stream()
        .map(e -> e.getText().strip())
        .findFirst();
  }

  /** Follows the preview link (named by its message key) to the patient's view of the question. */
  public PreviewPage preview() {
    browser
        .driver()
        .findElement(By.linkText(Bundle.text("educator_questions.button.preview")))
        .click();
    browser.waitForPath("/educator/preview");
    browser.waitFor("fieldset.pw-question");
    browser.checkAccessibility();
    return new PreviewPage(browser);
  }
}
