package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.QuizRadios;
import org.painwise.testsupport.TestServer;

/**
 * Operations on the suite's test server (README "Database" > "Health and metrics"): the app port's
 * {@code /api/health} and MicroProfile Health on the management port tell one story, and the
 * Prometheus endpoint on the management port counts what the app does. (StorageFailureIT shows
 * readiness DOWN while the database cannot write.)
 */
class HealthMetricsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "a-good-password";
  private static final String TAKE = "/quiz/take?module=pain-alarm-system";

  private final String management =
      "http://127.0.0.1:" + System.getProperty("painwise.it.management.port", "9990");

  @Test
  void apiHealthAndMicroProfileHealthAgree() throws Exception {
    FacesClient client = new FacesClient(TestServer.url());
    Page api = client.get("/api/health");
    Page ready = client.get(management + "/health/ready");
    Page live = client.get(management + "/health/live");
    Page all = client.get(management + "/health");

    assertEquals(200, api.status(), api.body());
    assertEquals(200, ready.status(), ready.body());
    assertEquals(200, live.status(), live.body());
    assertEquals(200, all.status(), all.body());
    JsonNode apiJson = JSON.readTree(api.body());
    assertEquals("UP", apiJson.path("status").asText());
    assertEquals("UP", JSON.readTree(ready.body()).path("status").asText());

    // The app's readiness checks carry what /api/health says, field for field.
    JsonNode database = check(ready, "painwise-database");
    JsonNode migrations = check(ready, "painwise-migrations");
    assertEquals("UP", database.path("status").asText());
    assertEquals("UP", migrations.path("status").asText());
    String product = apiJson.path("database").path("product").asText();
    String version = apiJson.path("migrations").path("schemaVersion").asText();
    assertEquals("H2", product);
    assertTrue(version.startsWith("2026."), "schema version after the migrations: " + version);
    assertTrue(apiJson.path("database").path("writable").asBoolean());
    for (JsonNode c : new JsonNode[] {database, migrations, check(live, "painwise-app")}) {
      assertTrue(c.path("data").path("writable").asBoolean(), c.toString());
      assertEquals(product, c.path("data").path("product").asText(), c.toString());
      assertEquals(version, c.path("data").path("schemaVersion").asText(), c.toString());
    }
    assertEquals("UP", check(live, "painwise-app").path("status").asText());
    // The overall /health holds both kinds.
    check(all, "painwise-database");
    check(all, "painwise-app");
  }

  @Test
  void metricsCountWhatTheAppDoes() {
    FacesClient client = new FacesClient(TestServer.url());
    String email = FacesClient.uniqueEmail("metrics");
    assertTrue(client.signUp("Metric Mo", email, PASSWORD).isRedirect(), "signed up");
    double saves = metric("painwise_quiz_saves_total");
    double failed = metric("painwise_logins_failed_total");
    double loginViews = metric("painwise_page_views_total", "view=\"/login.xhtml\"");

    // A failed sign-in and a view of the login page.
    assertFalse(new FacesClient(TestServer.url()).login(email, "not-the-password").isRedirect());
    // A quiz answer saved (the ajax post of a click on a radio button).
    assertTrue(client.login(email, PASSWORD).isRedirect(), "signed in");
    Page intro = client.get(TAKE);
    assertTrue(client.submit(TAKE, intro, "start", Map.of(), "start").isRedirect(), "started");
    Page quiz = client.get(TAKE);
    assertTrue(saveFirstAnswer(client, quiz), "the quiz page said saved");

    assertTrue(metric("painwise_quiz_saves_total") >= saves + 1, "quiz saves counted: " + scrape());
    assertTrue(metric("painwise_logins_failed_total") >= failed + 1, "failed sign-in counted");
    assertTrue(
        metric("painwise_page_views_total", "view=\"/login.xhtml\"") >= loginViews + 1,
        "page view counted");
    // The connection pool, from the server's own datasource statistics.
    String all = scrape();
    assertTrue(
        Pattern.compile("(?m)^datasources_pool_active_count\\{[^}]*name=\"PainwiseDS\"")
            .matcher(all)
            .find(),
        "pool usage of PainwiseDS in /metrics");
  }

  private static JsonNode check(Page health, String name) throws Exception {
    for (JsonNode c : JSON.readTree(health.body()).path("checks")) {
      if (name.equals(c.path("name").asText())) {
        return c;
      }
    }
    throw new AssertionError("no check " + name + " in " + health.body());
  }

  private String scrape() {
    Page page = new FacesClient(TestServer.url()).get(management + "/metrics");
    assertEquals(200, page.status(), page.body());
    return page.body();
  }

  /** The sum of a counter over all its series whose labels contain {@code label} (may be ""). */
  private double metric(String name, String label) {
    double sum = 0;
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$")
            .matcher(scrape());
    while (m.find()) {
      if (label.isEmpty() || (m.group(1) != null && m.group(1).contains(label))) {
        sum += Double.parseDouble(m.group(2));
      }
    }
    return sum;
  }

  private double metric(String name) {
    return metric(name, "");
  }

  /** Clicks the first choice of the first single-choice question, as the quiz page's ajax does. */
  private static boolean saveFirstAnswer(FacesClient client, Page quiz) {
    QuizRadios radios = QuizRadios.of(quiz);
    if (radios.names().isEmpty()) {
      throw new AssertionError("no single-choice question on the quiz page");
    }
    int question = radios.names().keySet().iterator().next();
    String value = radios.choices().get(question).keySet().iterator().next();
    Page page =
        radios.click(client, TestServer.url().toExternalForm(), question, value, quiz.viewState());
    return page.status() == 200
        && page.body().contains(Bundle.text("quiz_question.status.saved").replace("&", "&amp;"));
  }
}
