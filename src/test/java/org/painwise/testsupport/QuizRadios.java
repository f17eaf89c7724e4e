package org.painwise.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.painwise.testsupport.FacesClient.Page;

/**
 * The radio-button questions (single choice, true or false) of a quiz page that a {@link
 * FacesClient} read, and the Faces ajax post that a click on one of their choices sends: the quiz's
 * answer save as the page's own script sends it, for the tests that save answers without a browser
 * (DurabilityIT, QuizSameViewIT, HealthMetricsIT).
 *
 * @param names each question's index on the page to its radio group's name
 * @param choices each question's index to its choices' values, each to its radio button's id
 */
public record QuizRadios(Map<Integer, String> names, Map<Integer, Map<String, String>> choices) {

  private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
  private static final Pattern QUESTION =
      Pattern.compile("^quiz:questions:(\\d+):(?:single|truefalse)$");

  /** The radio questions of {@code quiz}, in page order. */
  public static QuizRadios of(Page quiz) {
    Map<Integer, String> names = new LinkedHashMap<>();
    Map<Integer, Map<String, String>> choices = new LinkedHashMap<>();
    Matcher radio = RADIO.matcher(quiz.body());
    while (radio.find()) {
      String name = attribute(radio.group(), "name");
      Matcher q = QUESTION.matcher(name);
      if (q.matches()) {
        int question = Integer.parseInt(q.group(1));
        names.put(question, name);
        choices
            .computeIfAbsent(question, i -> new LinkedHashMap<>())
            .put(attribute(radio.group(), "value"), attribute(radio.group(), "id"));
      }
    }
    return new QuizRadios(names, choices);
  }

  /** The id of a question's "saved" status, which the save re-renders. */
  public static String savedId(int question) {
    return "quiz:questions:" + question + ":saved";
  }

  /**
   * Sends a click on choice {@code value} of {@code question} (a value the page does not offer is
   * sent from the group's first button) on the view {@code viewState}, as the quiz page's ajax
   * does, to {@code appUrl} + {@code quiz/take}.
   */
  public Page click(
      FacesClient client, String appUrl, int question, String value, String viewState) {
    String name = names.get(question);
    String id = choices.get(question).getOrDefault(value, name + ":0");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", id);
    form.put("jakarta.faces.partial.execute", name + " " + id);
    form.put("jakarta.faces.partial.render", savedId(question));
    form.put("jakarta.faces.behavior.event", "change");
    form.put("jakarta.faces.partial.event", "change");
    form.put("quiz", "quiz");
    form.put(name, value);
    form.put("jakarta.faces.ViewState", viewState);
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String base = appUrl.endsWith("/") ? appUrl : appUrl + "/";
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "quiz/take"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Whether a save was acknowledged: a partial response without error whose "saved" status of this
   * question says saved.
   */
  public static boolean showsSaved(Page page, int question) {
    if (page.status() != 200
        || !page.body().contains("<partial-response")
        || page.body().contains("<error>")) {
      return false;
    }
    int update = page.body().indexOf("<update id=\"" + savedId(question) + "\">");
    int end = page.body().indexOf("</update>", update);
    return update >= 0
        && end > update
        && page.body()
            .substring(update, end)
            .contains(Bundle.text("quiz_question.status.saved").replace("&", "&amp;"));
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : "";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
