package org.painwise.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.testsupport.Browser;

/**
 * Page object of /patient/booster: a booster's few questions, drawn at random from the module's
 * quiz, answered with the keyboard only (as on the quiz page), then its score and the results.
 */
public final class BoosterPage extends Page {

  public BoosterPage(Browser browser) {
    super(browser);
  }

  /** The questions' stems as shown, in order. */
  public List<String> stems() {
    return browser.driver().findElements(By.cssSelector("#booster .pw-question-stem")).stream()
        .map(WebElement::getText)
        .map(BoosterPage::normal)
        .toList();
  }

  /**
   * Answers every question shown right, with the keyboard, finding each in the module's question
   * bank by its stem (the booster draws them in any order).
   */
  public BoosterPage answerAllRight(List<ParsedQuestion> bank) {
    QuizPage keyboard = new QuizPage(browser);
    List<String> stems = stems();
    for (int n = 1; n <= stems.size(); n++) {
      String stem = stems.get(n - 1);
      ParsedQuestion q =
          bank.stream()
              .filter(b -> normal(b.text()).equals(stem))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not in the module's bank: " + stem));
      keyboard.answerOne(q, n, true);
    }
    browser.waitForAjaxIdle();
    return this;
  }

  /** Submits with Enter on the submit button and waits for the result. */
  public BoosterPage submit() {
    browser.find("#booster\\:submit").sendKeys(Keys.ENTER);
    browser.waitFor("#result");
    browser.checkAccessibility();
    return this;
  }

  /** The score of the booster just taken ("100%"). */
  public String score() {
    return browser.find("#score").getText().strip();
  }

  /** How many boosters the results table lists. */
  public int resultRows() {
    return browser.driver().findElements(By.cssSelector("#mine-boosters tbody tr")).size();
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
