package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /quiz/result. */
public final class ResultPage extends Page {

  public ResultPage(Browser browser) {
    super(browser);
  }

  /** Waits until the browser is back on the results (after Back from a review link). */
  public ResultPage awaitLoaded() {
    browser.waitForPath("/quiz/result");
    browser.waitFor("#outcome");
    return this;
  }

  public String score() {
    return browser.find("#score").getText();
  }

  /** The badge: passed or not passed yet. */
  public String outcome() {
    return browser.waitFor("#outcome").getText();
  }

  /** The sentence under the score that says what the outcome means. */
  public String verdict() {
    return browser.find("#verdict").getText().strip();
  }

  public List<WebElement> reviewLinks() {
    return browser.driver().findElements(By.cssSelector("a.pw-review-link"));
  }

  /** The review link whose address ends with {@code pathAndAnchor}. */
  public WebElement reviewLinkTo(String pathAndAnchor) {
    return reviewLinks().stream()
        .filter(l -> l.getAttribute("href").endsWith(pathAndAnchor))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No review link to " + pathAndAnchor));
  }

  /** Follows a review link with Enter; the browser lands on the lesson page it names. */
  public LessonPage follow(WebElement link) {
    String href = link.getAttribute("href");
    link.sendKeys(Keys.ENTER);
    String path = href.replaceAll("#.*$", "").replaceAll("^.*?(/lessons/)", "$1");
    browser.waitForPath(path);
    return new LessonPage(browser);
  }

  /** Presses "Take the quiz again" with Enter; the browser lands on the new attempt. */
  public QuizPage retake() {
    browser.find("#again\\:retake").sendKeys(Keys.ENTER);
    browser.waitFor("#quiz\\:submit");
    browser.checkAccessibility();
    return new QuizPage(browser);
  }
}
