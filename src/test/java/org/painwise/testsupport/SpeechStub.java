package org.painwise.testsupport;

import java.util.List;
import java.util.Map;

/**
 * A stand-in for the Web Speech API's speech synthesis, for browser tests: headless Chromium has no
 * voices. Installed before each page's scripts ({@link Browser#addScriptToEveryPage}), it records
 * what the page asks it to say and to do, and says nothing. Which browser it plays is kept in the
 * page origin's localStorage, so a test can switch it and reload: {@link Mode#VOICES} (one voice
 * per language, announced late with {@code voiceschanged}, as Chromium does), {@link
 * Mode#NO_VOICES} (the event comes, the list stays empty) or {@link Mode#MISSING} (no {@code
 * speechSynthesis}).
 */
public final class SpeechStub {

  /** The browser the stub plays. */
  public enum Mode {
    VOICES,
    NO_VOICES,
    MISSING
  }

  private static final String KEY = "painwise.test.speech";

  private static final String SCRIPT =
      """
      (function () {
        var mode = "VOICES";
        try { mode = localStorage.getItem("%s") || "VOICES"; } catch (e) { /* no storage */ }
        var log = { mode: mode, spoken: [], calls: [], voicesAnnounced: false };
        window.__speech = log;
        if (mode === "MISSING") {
          Object.defineProperty(window, "speechSynthesis",
              { value: undefined, configurable: true, writable: true });
          return;
        }
        var voices = [];
        var listeners = [];
        var current = null;
        var stub = {
          speaking: false, paused: false, pending: false, onvoiceschanged: null,
          getVoices: function () { return voices.slice(); },
          speak: function (u) {
            log.calls.push("speak");
            log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
            current = u;
            stub.speaking = true;
          },
          pause: function () { log.calls.push("pause"); stub.paused = true; },
          resume: function () { log.calls.push("resume"); stub.paused = false; },
          cancel: function () {
            log.calls.push("cancel");
            var u = current;
            current = null;
            stub.speaking = false;
            if (u && u.onerror) { u.onerror({ error: "canceled" }); }
          },
          addEventListener: function (type, f) { if (type === "voiceschanged") { listeners.push(f); } },
          removeEventListener: function () {}
        };
        Object.defineProperty(window, "speechSynthesis",
            { value: stub, configurable: true, writable: true });
        window.SpeechSynthesisUtterance = function (text) {
          this.text = text; this.lang = ""; this.voice = null; this.rate = 1; this.pitch = 1;
          this.volume = 1; this.onend = null; this.onerror = null; this.onstart = null;
        };
        /* The current utterance ends, as if it had been read out. */
        log.finish = function () {
          var u = current;
          current = null;
          stub.speaking = false;
          if (u && u.onend) { u.onend({ type: "end" }); }
        };
        setTimeout(function () {
          if (mode === "VOICES") {
            voices = [
              { name: "Stub English", lang: "en-US", default: true, localService: true, voiceURI: "en" },
              { name: "Stub French", lang: "fr-CA", default: false, localService: true, voiceURI: "fr" }
            ];
          }
          listeners.forEach(function (f) { f({ type: "voiceschanged" }); });
          if (stub.onvoiceschanged) { stub.onvoiceschanged({ type: "voiceschanged" }); }
          log.voicesAnnounced = true;
        }, 100);
      })();
      """
          .formatted(KEY);

  private SpeechStub() {}

  /** Installs the stub in every page this browser opens from now on. */
  public static void install(Browser browser) {
    browser.addScriptToEveryPage(SCRIPT);
  }

  /** Plays this browser from the next page on (this page must be of the app's origin). */
  public static void play(Browser browser, Mode mode) {
    browser.script("localStorage.setItem(arguments[0], arguments[1]);", KEY, mode.name());
  }

  /** Waits until the page was told about its voices (or would have been). */
  public static void awaitVoices(Browser browser) {
    browser.waitUntil(
        "the voices to be announced",
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "return !!window.__speech && (window.__speech.mode === 'MISSING'"
                        + " || window.__speech.voicesAnnounced);")));
  }

  /** What the page asked to say, in order: text, lang and voice of each utterance. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> spoken(Browser browser) {
    return (List<Map<String, Object>>) browser.script("return window.__speech.spoken;");
  }

  /** The calls the page made: speak, pause, resume, cancel. */
  @SuppressWarnings("unchecked")
  public static List<String> calls(Browser browser) {
    return (List<String>) browser.script("return window.__speech.calls;");
  }

  /** The utterance being read ends, and the page goes on to the next. */
  public static void finishCurrent(Browser browser) {
    browser.script("window.__speech.finish();");
  }
}
