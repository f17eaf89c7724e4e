package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painwise.quiz.format.QuestionType;

class ResponseTest {

  @Test
  void encodesAndDecodesEachKind() {
    Response picks = Response.picks(List.of(2, 0));
    assertEquals("0,2", picks.encode(QuestionType.MULTIPLE_CHOICE));
    assertEquals(List.of(0, 2), Response.decode(QuestionType.MULTIPLE_CHOICE, "0,2").picks());
    Response matches = Response.matches(Map.of(1, 3, 0, 2));
    assertEquals("0=2;1=3", matches.encode(QuestionType.MATCHING));
    assertEquals(matches, Response.decode(QuestionType.MATCHING, "0=2;1=3"));
    assertEquals(
        " spinal cord ", Response.decode(QuestionType.SHORT_ANSWER, " spinal cord ").text());
  }

  @Test
  void malformedAnswersReadAsNoAnswer() {
    assertEquals(Response.EMPTY, Response.decode(QuestionType.SINGLE_CHOICE, "x,<script>"));
    assertEquals(Response.EMPTY, Response.decode(QuestionType.MATCHING, "1=;=2"));
    assertEquals(Response.EMPTY, Response.decode(QuestionType.SINGLE_CHOICE, null));
  }
}
