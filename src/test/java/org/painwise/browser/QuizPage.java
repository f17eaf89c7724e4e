package org.painwise.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;

/**
 * Page object of /quiz/take, driven with the keyboard only: keys are sent to the inputs (as when a
 * learner tabs to them), never mouse clicks.
 */
public final class QuizPage {

  private final Browser browser;

  public QuizPage(Browser browser) {
    this.browser = browser;
  }

  public QuizPage open(String module) {
    browser.go("/quiz/take?module=" + module);
    return this;
  }

  /** Presses the start (or take again) button with Enter. */
  public QuizPage start() {
    browser.waitFor("#start\\:start").sendKeys(Keys.ENTER);
    browser.waitFor("#quiz\\:submit");
    browser.checkAccessibility();
    return this;
  }

  private WebElement inputLabelled(int question, String label) {
    By xpath =
        By.xpath(
            "//fieldset[@id='question-"
                + question
                + "']//label[normalize-space()=\""
                + label
                + "\"]");
    List<WebElement> found = browser.driver().findElements(xpath);
    if (found.isEmpty()) {
      throw new AssertionError(
          "No answer '"
              + label
              + "' in question "
              + question
              + ":\n"
              + browser
                  .driver()
                  .findElement(By.id("question-" + question))
                  .getAttribute("outerHTML"));
    }
    return browser.driver().findElement(By.id(found.get(0).getAttribute("for")));
  }

  /** Selects a radio button or ticks a check box with the space bar. */
  public QuizPage choose(int question, String... labels) {
    for (String label : labels) {
      inputLabelled(question, label).sendKeys(Keys.SPACE);
    }
    return this;
  }

  /** Picks the right side of a matching pair by typing it into the native select. */
  public QuizPage match(int question, String left, String right) {
    inputLabelled(question, left).sendKeys(right);
    return this;
  }

  /** Types a short answer and leaves the field with Tab. */
  public QuizPage type(int question, String text) {
    browser
        .driver()
        .findElement(By.cssSelector("#question-" + question + " input[type='text']"))
        .sendKeys(text, Keys.TAB);
    return this;
  }

  /** Submits with Enter on the submit button; the browser lands on the results. */
  public ResultPage submit() {
    browser.find("#quiz\\:submit").sendKeys(Keys.ENTER);
    browser.waitForPath("/quiz/result");
    browser.checkAccessibility();
    return new ResultPage(browser);
  }

  /**
   * Answers the nine questions of the module 1 starter quiz, with the keyboard: all right, or the
   * three nociception ones wrong (6 of 9, below the 70% pass mark).
   */
  public QuizPage answerModuleOne(boolean nociceptionRight) {
    return choose(
            1,
            nociceptionRight
                ? "It senses possible danger and sends a message toward the brain."
                : "It makes you feel pain in the spot where it sits.")
        .choose(2, nociceptionRight ? "False" : "True")
        .choose(
            3,
            "What you can see, hear and feel right now",
            "What happened the last time you felt something like this",
            "What you know and believe about your body")
        .choose(
            4,
            "Your brain was busy with something that seemed more important, so it did not"
                + " judge the bump as a big threat.")
        .choose(
            5,
            "It gets your hand away fast, and it reminds you to protect the burn while it"
                + " heals.")
        .match(6, "Sharp", "A sudden, strong pain, like a pin prick")
        .match(6, "Dull", "A heavy, low pain that feels more like pressure")
        .match(6, "Burning", "A hot, stinging feeling, even when nothing is hot")
        .match(6, "Aching", "A deep, steady soreness, like legs after a long walk")
        .type(7, nociceptionRight ? "Spinal cord" : "brain stem")
        .choose(8, "False")
        .choose(9, "It can go on after tissues have healed, and it is still real pain.");
  }
}
