package org.painwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/** Reading progress is kept per learner: two patients never see each other's pages. */
class ProgressIT {

  private static final String MODULE_1 = "Pain, your body's alarm system";
  private static final String MODULE_2 = "The brain builds pain: the neuromatrix";

  private final URL base = TestServer.url();

  @Test
  void twoPatientsReadDifferentPagesAndEachSeesOnlyTheirOwn() {
    FacesClient ann = patient("Ann");
    FacesClient bob = patient("Bob");

    readWithNext(ann, "/lessons/pain-alarm-system/what-pain-is");
    readWithNext(bob, "/lessons/brain-builds-pain/pain-is-an-output");
    readWithNext(bob, "/lessons/brain-builds-pain/the-neuromatrix");

    assertEquals(20, percent(ann, MODULE_1));
    assertEquals(0, percent(ann, MODULE_2));
    assertEquals(0, percent(bob, MODULE_1));
    assertEquals(40, percent(bob, MODULE_2));

    // Continue where you left off: each one's own last page opened.
    assertContinues(ann, "/lessons/pain-alarm-system/what-pain-is");
    assertContinues(bob, "/lessons/brain-builds-pain/the-neuromatrix");
  }

  @Test
  void readingTheSamePageTwiceCountsOnce() {
    FacesClient cat = patient("Cat");
    readWithNext(cat, "/lessons/self-care/slow-breathing");
    readWithNext(cat, "/lessons/self-care/slow-breathing");
    Page module = cat.get("/lessons/self-care");
    assertEquals(1, count(module.body(), "pw-badge pw-badge-ok\">Read<"));
  }

  @Test
  void unknownModulesAndPagesAnswerNotFound() {
    FacesClient dee = patient("Dee");
    assertEquals(404, dee.get("/lessons/no-such-module").status());
    assertEquals(404, dee.get("/lessons/pain-alarm-system/no-such-page").status());
    assertEquals(404, dee.get("/lesson-media/pain-alarm-system/images/none.svg").status());
    assertEquals(200, dee.get("/lesson-media/pain-alarm-system/images/alarm-path.svg").status());
  }

  @Test
  void reachingTheEndOfAPageMarksItReadThroughTheReadingEndpoint() {
    FacesClient eve = patient("Eve");
    String page = "/lessons/pain-alarm-system/what-pain-is";
    String endpoint = "/api/reading/pain-alarm-system/what-pain-is";
    String readUrl = "data-read-url=\"/painwise-it" + endpoint + "\"";
    assertTrue(eve.get(page).body().contains(readUrl), "the page tells its script where to post");

    assertEquals(
        403,
        eve.post(endpoint, "Content-Type", "application/json").status(),
        "a post without the page's header is refused");
    assertEquals(0, percent(eve, MODULE_1));
    assertEquals(404, eve.post("/api/reading/pain-alarm-system/no-such-page", MARKER).status());
    assertEquals(404, eve.post("/api/reading/no-such-module/what-pain-is", MARKER).status());
    assertEquals(
        404,
        new FacesClient(base).post(endpoint, MARKER).status(),
        "nobody signed in: nothing to mark");

    assertEquals(204, eve.post(endpoint, MARKER).status());
    assertEquals(204, eve.post(endpoint, MARKER).status(), "a second time changes nothing");
    assertEquals(20, percent(eve, MODULE_1));
    assertEquals(
        1, count(eve.get("/lessons/pain-alarm-system").body(), "pw-badge pw-badge-ok\">Read<"));
  }

  @Test
  void theScriptAndNextMarkingTheSamePageAtOnceCountItOnceWithoutAnError() throws Exception {
    FacesClient fay = patient("Fay");
    String path = "/lessons/stress-and-pain/the-stress-pain-cycle";
    Page page = fay.get(path);
    assertEquals(200, page.status(), path);
    String endpoint = "/api/reading" + path.substring("/lessons".length());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 7; i++) {
        calls.add(pool.submit(() -> fay.post(endpoint, MARKER).status()));
      }
      calls.add(pool.submit(() -> fay.postback(page, "pager", Map.of(), "next").status()));
      for (int i = 0; i < 7; i++) {
        assertEquals(204, calls.get(i).get(), "a concurrent read answers 204, not an error");
      }
      assertEquals(302, calls.get(7).get(), "Next, at the same moment, still moves on");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        1, count(fay.get("/lessons/stress-and-pain").body(), "pw-badge pw-badge-ok\">Read<"));
  }

  /** What the page's script sends: its header, as JSON. */
  private static final String[] MARKER = {
    "X-Painwise-Request", "read", "Content-Type", "application/json"
  };

  private FacesClient patient(String name) {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT));
    client.signUp(name, email, "a-good-password");
    assertEquals(302, client.login(email, "a-good-password").status());
    return client;
  }

  private static void readWithNext(FacesClient client, String path) {
    Page page = client.get(path);
    assertEquals(200, page.status(), path);
    Page next = client.postback(page, "pager", Map.of(), "next");
    assertEquals(302, next.status(), "Next moves on from " + path);
  }

  private static int percent(FacesClient client, String moduleTitle) {
    String html = client.get("/lessons/index").body();
    String title = Pattern.quote(moduleTitle).replace("'", "\\E(?:'|&#39;)\\Q");
    Matcher m =
        Pattern.compile("value=\"(\\d+)\" aria-label=\"Progress in " + title + "\"").matcher(html);
    assertTrue(m.find(), "a progress bar for " + moduleTitle);
    return Integer.parseInt(m.group(1));
  }

  private static void assertContinues(FacesClient client, String path) {
    Matcher m =
        Pattern.compile("id=\"continue\"[^>]*href=\"[^\"]*?(/lessons/[^\"]+)\"")
            .matcher(client.get("/lessons/index").body());
    assertTrue(m.find(), "a continue link");
    assertEquals(path, m.group(1));
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
