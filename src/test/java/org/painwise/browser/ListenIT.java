package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.SpeechStub;
import org.painwise.testsupport.SpeechStub.Mode;
import org.painwise.testsupport.TestServer;

/**
 * "Listen" reads a lesson page aloud with the browser's speech synthesis, played here by a stub
 * (headless Chromium has no voices): in the page's language, one block at a time with the block
 * being read marked, with pause, resume and stop from the keyboard; where the browser has no voice,
 * or no speech synthesis at all, the button is not offered.
 */
class ListenIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String PAGE = "what-pain-is";

  private final URL base = TestServer.url();

  @Test
  void listenReadsThePageAloudAndPausesResumesAndStops() {
    try (Browser browser = signedInWithStub("Lena Listen")) {
      LessonPage lesson = new LessonPage(browser).open(MODULE, PAGE).awaitListening();
      lesson.checkAccessibility();
      String title = Lessons.page(MODULE, PAGE).title();

      lesson.pressListenWithKeyboard();

      List<Map<String, Object>> spoken = SpeechStub.spoken(browser);
      assertEquals(1, spoken.size(), "one block at a time: " + spoken);
      assertEquals(title, spoken.get(0).get("text"), "the title first");
      assertEquals("en", spoken.get(0).get("lang"), "in the page's language");
      assertEquals("Stub English", spoken.get(0).get("voice"));
      assertEquals(List.of(title), lesson.blocksBeingRead());

      SpeechStub.finishCurrent(browser);
      String paragraph = lesson.firstParagraph();
      assertEquals(paragraph, SpeechStub.spoken(browser).get(1).get("text"));
      assertEquals(List.of(paragraph), lesson.blocksBeingRead(), "the paragraph being read");
      assertEquals(Bundle.text("lessons_page.listen.pause"), lesson.listenButton());
      lesson.checkAccessibility();

      lesson.pressListenWithKeyboard();
      assertTrue(SpeechStub.calls(browser).contains("pause"), SpeechStub.calls(browser).toString());
      assertEquals(Bundle.text("lessons_page.listen.resume"), lesson.listenButton());

      lesson.pressListenWithKeyboard();
      assertEquals("resume", last(SpeechStub.calls(browser)));
      assertEquals(Bundle.text("lessons_page.listen.pause"), lesson.listenButton());

      lesson.stopListeningWithKeyboard();
      assertEquals("cancel", last(SpeechStub.calls(browser)));
      assertEquals(List.of(), lesson.blocksBeingRead(), "nothing marked once stopped");
      assertEquals(Bundle.text("lessons_page.listen.button"), lesson.listenButton());
      assertFalse(lesson.offersStop());
      browser.checkContentSecurity();
    }
  }

  @Test
  void withoutVoicesOrSpeechSynthesisTheButtonStaysHidden() {
    try (Browser browser = signedInWithStub("Nico NoVoice")) {
      LessonPage lesson = new LessonPage(browser).open(MODULE, PAGE);
      SpeechStub.play(browser, Mode.NO_VOICES);
      lesson.open(MODULE, PAGE);
      SpeechStub.awaitVoices(browser);
      assertFalse(lesson.offersListening(), "no voices: no Listen");

      SpeechStub.play(browser, Mode.MISSING);
      lesson.open(MODULE, PAGE);
      SpeechStub.awaitVoices(browser);
      assertFalse(lesson.offersListening(), "no speech synthesis: no Listen");

      SpeechStub.play(browser, Mode.VOICES);
      lesson.open(MODULE, PAGE);
      SpeechStub.awaitVoices(browser);
      assertTrue(lesson.offersListening(), "the same page with voices offers it");
    }
  }

  private Browser signedInWithStub(String name) {
    String email = FacesClient.uniqueEmail("listen");
    new FacesClient(base).signUp(name, email, "a-good-password");
    Browser browser = Browser.open(base);
    try {
      SpeechStub.install(browser);
      new LoginPage(browser).open().signIn(email, "a-good-password");
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  private static String last(List<String> calls) {
    return calls.get(calls.size() - 1);
  }
}
