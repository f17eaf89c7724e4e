package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.QuestionType;

/**
 * The demo's and the tests' sample answers: the right one earns full credit and the wrong one does
 * not, for every question of every starter quiz and for every question type.
 */
class SampleResponsesTest {

  @Test
  void everyStarterQuestionHasARightAndAWrongAnswer() throws IOException {
    List<Executable> checks = new ArrayList<>();
    List<QuestionType> types = new ArrayList<>();
    try (Stream<Path> quizzes = Files.list(Path.of("lessons"))) {
      for (Path quiz : quizzes.map(d -> d.resolve("quiz.gift")).filter(Files::exists).toList()) {
        for (ParsedQuestion p :
            new GiftReader().read(Files.readString(quiz, StandardCharsets.UTF_8)).questions()) {
          QuestionDraft q = QuestionMapping.fromParsed(p);
          q.setLenientMatch(true);
          types.add(q.getType());
          String where = quiz.getParent().getFileName() + " line " + p.line();
          checks.add(
              () ->
                  assertTrue(
                      Scoring.mark(q, SampleResponses.right(q)).isRight(), "right: " + where));
          checks.add(
              () ->
                  assertFalse(
                      Scoring.mark(q, SampleResponses.wrong(q)).isRight(), "wrong: " + where));
        }
      }
    }
    assertFalse(checks.isEmpty(), "the starter quizzes were found");
    assertAll(checks);
    assertTrue(types.contains(QuestionType.MATCHING) && types.contains(QuestionType.SHORT_ANSWER));
  }

  @Test
  void numericQuestionsToo() {
    ParsedQuestion p =
        new GiftReader().read("::N:: How many? {#3:1 =%50%7:0 ~*}").questions().get(0);
    QuestionDraft q = QuestionMapping.fromParsed(p);
    assertTrue(Scoring.mark(q, SampleResponses.right(q)).isRight());
    assertTrue(Scoring.mark(q, SampleResponses.wrong(q)).isWrong());
  }
}
