package org.painwise.quiz.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painwise.quiz.Response;
import org.painwise.quiz.Sheet;
import org.painwise.quiz.format.QuestionType;

/** What the inputs of one question hold on the page, to and from {@link Response}. */
public class AnswerInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private final QuestionType type;
  private String single;
  private List<String> multiple = new ArrayList<>();
  private String text;
  private final Map<Integer, String> matches = new HashMap<>();

  public AnswerInput(QuestionType type) {
    this.type = type;
  }

  /** The inputs of a question, filled with its saved answer. */
  public static AnswerInput of(Sheet.Question question) {
    AnswerInput input = new AnswerInput(question.type());
    Response saved = Response.decode(question.type(), question.saved());
    switch (question.type()) {
      case SINGLE_CHOICE, TRUE_FALSE ->
          input.single = saved.picks().isEmpty() ? null : String.valueOf(saved.picks().get(0));
      case MULTIPLE_CHOICE -> saved.picks().forEach(p -> input.multiple.add(String.valueOf(p)));
      case MATCHING -> saved.matches().forEach((l, r) -> input.matches.put(l, String.valueOf(r)));
      case SHORT_ANSWER, NUMERIC -> input.text = saved.text();
    }
    return input;
  }

  /** The answer in {@link Response}'s encoding. */
  public String encoded() {
    Response response =
        switch (type) {
          case SINGLE_CHOICE, TRUE_FALSE ->
              single == null || single.isBlank() ? Response.EMPTY : Response.decode(type, single);
          case MULTIPLE_CHOICE -> Response.decode(type, String.join(",", multiple));
          case MATCHING -> {
            Map<Integer, Integer> picked = new HashMap<>();
            matches.forEach(
                (l, r) -> {
                  if (r != null && r.matches("\\d{1,6}")) {
                    picked.put(l, Integer.valueOf(r));
                  }
                });
            yield Response.matches(picked);
          }
          case SHORT_ANSWER, NUMERIC -> Response.text(text);
        };
    return response.encode(type);
  }

  public Response response() {
    return Response.decode(type, encoded());
  }

  public String getSingle() {
    return single;
  }

  public void setSingle(String single) {
    this.single = single;
  }

  public List<String> getMultiple() {
    return multiple;
  }

  public void setMultiple(List<String> multiple) {
    this.multiple = multiple == null ? new ArrayList<>() : new ArrayList<>(multiple);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Map<Integer, String> getMatches() {
    return matches;
  }
}
