package org.painwise.quiz;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.painwise.quiz.format.QuestionType;

/**
 * A learner's answer to one question, and its encoding in the database. Choices are named by their
 * position in the question, which never changes within a published version.
 *
 * <ul>
 *   <li>single choice, true/false, multiple choice: the picked positions, {@code "0,2"};
 *   <li>matching: left position = position of the choice whose right side was picked, {@code
 *       "0=2;1=0"};
 *   <li>short answer and numeric: the typed text.
 * </ul>
 *
 * @param picks picked choices (choice types)
 * @param matches left position to right position (matching)
 * @param text the typed text (short answer, numeric), never null
 */
public record Response(List<Integer> picks, Map<Integer, Integer> matches, String text)
    implements Serializable {

  public static final Response EMPTY = new Response(List.of(), Map.of(), "");

  public Response {
    picks = List.copyOf(picks);
    matches = Map.copyOf(matches);
    text = text == null ? "" : text;
  }

  public static Response picks(List<Integer> picks) {
    return new Response(picks, Map.of(), "");
  }

  public static Response matches(Map<Integer, Integer> matches) {
    return new Response(List.of(), matches, "");
  }

  public static Response text(String text) {
    return new Response(List.of(), Map.of(), text);
  }

  public boolean isEmpty() {
    return picks.isEmpty() && matches.isEmpty() && text.isBlank();
  }

  public String encode(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
          picks.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
      case MATCHING ->
          matches.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(";"));
      case SHORT_ANSWER, NUMERIC -> text.strip();
    };
  }

  /** Reads an encoded answer; anything malformed reads as no answer, never an exception. */
  public static Response decode(QuestionType type, String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return EMPTY;
    }
    try {
      return switch (type) {
        case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
          List<Integer> picks = new ArrayList<>();
          for (String s : encoded.split(",")) {
            picks.add(Integer.valueOf(s.strip()));
          }
          yield picks(picks);
        }
        case MATCHING -> {
          Map<Integer, Integer> matches = new LinkedHashMap<>();
          for (String pair : encoded.split(";")) {
            String[] kv = pair.split("=", 2);
            matches.put(Integer.valueOf(kv[0].strip()), Integer.valueOf(kv[1].strip()));
          }
          yield matches(matches);
        }
        case SHORT_ANSWER, NUMERIC -> text(encoded);
      };
    } catch (RuntimeException malformed) {
      return EMPTY;
    }
  }
}
