package org.painwise.bench.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painwise.testsupport.FacesClient;

/**
 * What the soak users read off a Faces page or partial response, as a browser would: the view
 * state, a form's hidden fields, the quiz sheet's radio questions and the links to follow.
 */
final class FacesPages {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)\\]\\]></update>");
  private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
  private static final Pattern ATTEMPT = Pattern.compile("data-attempt=\"(\\d+)\"");
  private static final Pattern RADIO_NAME =
      Pattern.compile("^quiz:questions:(\\d+):(single|truefalse)$");

  private FacesPages() {}

  /** The view state of a full page, as a form posts it back. */
  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no view state on the page");
    }
    return FacesClient.unescape(m.group(1));
  }

  /** The view state a partial response carries, if any. */
  static Optional<String> partialViewState(String xml) {
    Matcher m = PARTIAL_VIEW_STATE.matcher(xml);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The hidden inputs of form {@code formId} but the view state, name to value. */
  static Map<String, String> hiddenFields(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    int end = html.indexOf("</form>", start);
    String form = html.substring(start, end < 0 ? html.length() : end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String tag = input.group();
      if (!tag.contains("type=\"hidden\"")) {
        continue;
      }
      String name = first(NAME, tag);
      if (name != null && !name.startsWith("jakarta.faces.") && !name.equals(formId)) {
        String value = first(VALUE, tag);
        fields.put(name, value == null ? "" : FacesClient.unescape(value));
      }
    }
    return fields;
  }

  /** Every distinct match of group 1 of {@code pattern} in {@code text}, in page order. */
  static List<String> all(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** One single-choice or true/false question of a quiz sheet: its radios and the one checked. */
  static final class Radio {
    final String name;
    final int index;
    final List<String> values = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    String checked;

    Radio(String name, int index) {
      this.name = name;
      this.index = index;
    }

    /** The client id of the question's "saved" status panel. */
    String savedPanel() {
      return "quiz:questions:" + index + ":saved";
    }

    /** The question's number in the attempt, from 1, as the export numbers answers. */
    int number() {
      return index + 1;
    }
  }

  /** The open attempt on /quiz/take: its id, the view state and the radio questions. */
  static final class Sheet {
    final String module;
    final long attemptId;
    String viewState;
    final List<Radio> radios;

    Sheet(String module, long attemptId, String viewState, List<Radio> radios) {
      this.module = module;
      this.attemptId = attemptId;
      this.viewState = viewState;
      this.radios = radios;
    }
  }

  /** Reads the quiz sheet of /quiz/take, or empty when the page shows no open attempt. */
  static Optional<Sheet> sheet(String module, String html) {
    Matcher attempt = ATTEMPT.matcher(html);
    if (!attempt.find()) {
      return Optional.empty();
    }
    Map<String, Radio> radios = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String tag = input.group();
      if (!tag.contains("type=\"radio\"")) {
        continue;
      }
      String name = first(NAME, tag);
      Matcher radioName = name == null ? null : RADIO_NAME.matcher(name);
      if (radioName == null || !radioName.matches() || tag.contains("disabled")) {
        continue;
      }
      Radio radio =
          radios.computeIfAbsent(name, n -> new Radio(n, Integer.parseInt(radioName.group(1))));
      String value = first(VALUE, tag);
      radio.values.add(value);
      radio.ids.add(first(ID, tag));
      if (tag.contains("checked")) {
        radio.checked = value;
      }
    }
    return Optional.of(
        new Sheet(
            module,
            Long.parseLong(attempt.group(1)),
            viewState(html),
            new ArrayList<>(radios.values())));
  }

  /**
   * Whether a partial response to an answer's save shows the question's "saved" status: the panel
   * is rendered with text in it (it is empty when the answer was not stored).
   */
  static boolean showsSaved(String xml, String savedPanel) {
    Matcher m =
        Pattern.compile(
                "<div id=\"" + Pattern.quote(savedPanel) + "\"[^>]*>\\s*([^<\\s][^<]*)</div>")
            .matcher(xml);
    return m.find();
  }
}
