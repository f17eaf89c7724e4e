package org.painwise.browser.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.painwise.quiz.format.Choice;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;

/**
 * Page object of /quiz/take, driven with the keyboard only: keys are sent to the inputs (as when a
 * learner tabs to them), never mouse clicks.
 */
public final class QuizPage extends Page {

  /** Reads the page's own words (true, false) from this bundle: English, or French. */
  private java.util.function.UnaryOperator<String> words = Bundle::text;

  public QuizPage(Browser browser) {
    super(browser);
  }

  /** For a browser that reads French: the page says "Vrai" and "Faux". */
  public QuizPage inFrench() {
    words = Bundle::french;
    return this;
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

  /** The module 1 starter quiz, read from the curriculum the app ships. */
  public static List<ParsedQuestion> moduleOne() {
    try {
      Path file =
          Path.of(System.getProperty("painwise.lessons.dir", "lessons"))
              .resolve("01-pain-alarm-system/quiz.gift");
      return new GiftReader().read(Files.readString(file)).questions();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers every question of module 1's quiz right, with the keyboard. */
  public QuizPage answerModuleOne() {
    return answer(moduleOne(), Set.of());
  }

  /**
   * Answers the questions in their file order (the starter quizzes keep their question order and
   * shuffle only choices), right unless the question's concept tag is in {@code wrongConcepts}.
   */
  public QuizPage answer(List<ParsedQuestion> questions, Set<String> wrongConcepts) {
    for (int i = 0; i < questions.size(); i++) {
      ParsedQuestion q = questions.get(i);
      answerOne(q, i + 1, !wrongConcepts.contains(q.conceptTag()));
    }
    return this;
  }

  /** Answers question {@code n} (its file order), right or wrong, with the keyboard. */
  public QuizPage answerOne(ParsedQuestion q, int n, boolean right) {
    switch (q.type()) {
      case SINGLE_CHOICE ->
          choose(n, first(q, c -> right ? c.isFullCredit() : c.weight().signum() <= 0));
      case TRUE_FALSE ->
          choose(
              n,
              words.apply(
                  q.trueFalseAnswer().orElseThrow().correct() == right
                      ? "quiz_question.option.true"
                      : "quiz_question.option.false"));
      case MULTIPLE_CHOICE ->
          choose(
              n,
              right
                  ? q.choices().stream()
                      .filter(c -> c.weight().signum() > 0)
                      .map(Choice::text)
                      .toArray(String[]::new)
                  : new String[] {first(q, c -> c.weight().signum() < 0)});
      case MATCHING -> {
        List<Choice> pairs = q.choices();
        for (int k = 0; k < pairs.size(); k++) {
          Choice pair = right ? pairs.get(k) : pairs.get((k + 1) % pairs.size());
          match(n, pairs.get(k).text(), pair.matchText());
        }
      }
      case SHORT_ANSWER -> type(n, right ? first(q, Choice::isFullCredit) : "not an answer");
      default -> throw new IllegalArgumentException("No keyboard answer for " + q.type());
    }
    return this;
  }

  /**
   * Waits until the aria-live region announces that the answer to question {@code n} is saved, and
   * until no save is on its way.
   */
  public QuizPage awaitSaved(int n) {
    String expected = Bundle.formatted("quiz_take.live.saved", n);
    browser.waitUntil("the live region to say " + expected, d -> expected.equals(liveStatus()));
    browser.waitForAjaxIdle();
    return this;
  }

  /** The text of the aria-live region that each save updates (it is visually hidden). */
  public String liveStatus() {
    return String.valueOf(browser.find("#quiz-live").getAttribute("textContent")).strip();
  }

  /** How the live region announces: polite. */
  public String livePoliteness() {
    return browser.find("#quiz-live").getAttribute("aria-live");
  }

  /** Whether the radio button or check box labelled {@code label} of question n is ticked. */
  public boolean isChosen(int question, String label) {
    return inputLabelled(question, label).isSelected();
  }

  /** Submits with Enter and waits for a message instead of the results (a stale page). */
  public List<String> submitExpectingMessages() {
    browser.find("#quiz\\:submit").sendKeys(Keys.ENTER);
    browser.waitForPath("/quiz/take");
    browser.waitFor("#quiz\\:submit");
    List<String> messages = awaitMessages();
    browser.checkAccessibility();
    return messages;
  }

  /**
   * Waits until a save has found the session gone: either the page says so and offers to sign in
   * (then this follows its link with Enter), or the browser went to the sign-in page at once.
   */
  public LoginPage signInAgainWhenAsked() {
    browser.waitUntil(
        "the signed-out notice or the sign-in page",
        d ->
            browser.currentPath().startsWith("/login")
                || !d.findElements(By.cssSelector("#session-lost:not([hidden]) #signIn"))
                    .isEmpty());
    if (!browser.currentPath().startsWith("/login")) {
      browser.checkAccessibility();
      browser.find("#signIn").sendKeys(Keys.ENTER);
      browser.waitForPath("/login");
    }
    return new LoginPage(browser);
  }

  /** Waits for the quiz after sign-in, until it has saved the answers the browser kept. */
  public QuizPage awaitRestored() {
    browser.waitForPath("/quiz/take");
    String restored = Bundle.text("quiz_take.message.info.restored");
    browser.waitUntil("the restored message", d -> messages().contains(restored));
    browser.waitForAjaxIdle();
    browser.checkAccessibility();
    return this;
  }

  /** How many attempts have answers kept in this browser's localStorage. */
  public long keptAttempts() {
    Object count =
        browser.script(
            "return Object.keys(window.localStorage)"
                + ".filter(function (k) { return k.indexOf('painwise.quiz.') === 0; }).length;");
    return ((Number) count).longValue();
  }

  private static String first(ParsedQuestion q, Predicate<Choice> which) {
    return q.choices().stream()
        .filter(which)
        .map(Choice::text)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such choice in " + q.title()));
  }
}
