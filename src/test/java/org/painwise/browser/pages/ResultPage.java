package org.painwise.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/** Page object of /quiz/result. */
public final class ResultPage {

  private final Browser browser;

  public ResultPage(Browser browser) {
    this.browser = browser;
  }

  public String score() {
    return browser.find("#score").getText();
  }

  public String outcome() {
    return browser.find("#outcome").getText();
  }

  public List<WebElement> reviewLinks() {
    return browser.driver().findElements(By.cssSelector("a.pw-review-link"));
  }

  /** Follows a review link with Enter. */
  public void follow(WebElement link) {
    link.sendKeys(Keys.ENTER);
  }

  /** Presses "Take the quiz again" with Enter; the browser lands on the new attempt. */
  public QuizPage retake() {
    browser.find("#again\\:retake").sendKeys(Keys.ENTER);
    browser.waitFor("#quiz\\:submit");
    browser.checkAccessibility();
    return new QuizPage(browser);
  }
}
