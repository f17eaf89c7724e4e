package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.quiz.QuizTransfer.FileFormat;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;

/**
 * GIFT categories are kept: an import stores each question's category, the bank shows and searches
 * it, and the GIFT and Moodle XML exports write it back.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionCategoryIT {

  private static final String BASICS = "$course$/top/Pain basics";
  private static final String STRESS = "$course$/top/Pain basics/Stress";
  private static final String GIFT =
      """
      $CATEGORY: %s

      ::One:: Pain is an alarm. {T}

      $CATEGORY: %s

      ::Two:: Stress can turn the volume up. {T}
      """
          .formatted(BASICS, STRESS);

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(QuestionCategoryIT.class, QuizFixtures.class);
  }

  @Inject QuizTransfer transfer;
  @Inject QuestionBank bank;
  @Inject QuizFixtures fixtures;
  @ArquillianResource URL base;

  @Test
  void importedCategoriesAreStoredShownAndExported() throws Exception {
    String module = fixtures.moduleWithoutQuiz();
    QuizTransfer.ImportPreview preview =
        transfer.preview("categories.gift", GIFT.getBytes(StandardCharsets.UTF_8));
    transfer.importQuestions(module, preview.valid());

    long quizId = bank.quiz(module).getId();
    List<Question> stored = bank.questions(quizId, null, 0, 10);
    assertEquals(List.of(BASICS, STRESS), stored.stream().map(Question::getCategory).toList());
    assertEquals(
        List.of("Two"),
        bank.questions(quizId, "basics/stress", 0, 10).stream().map(Question::getTitle).toList(),
        "the bank's search finds a category");

    String gift = transfer.export(module, FileFormat.GIFT);
    assertTrue(gift.contains("$CATEGORY: " + BASICS + "\n"), gift);
    assertTrue(gift.indexOf("$CATEGORY: " + STRESS) < gift.indexOf("::Two::"), gift);
    assertTrue(gift.indexOf("$CATEGORY: " + STRESS) > gift.indexOf("::One::"), gift);
    String xml = transfer.export(module, FileFormat.MOODLE_XML);
    assertTrue(xml.contains("<question type=\"category\">"), xml);
    assertTrue(xml.contains(STRESS), xml);

    FacesClient educator = new FacesClient(base);
    assertEquals(302, educator.login("educator@painwise.test", "painwise-demo").status());
    String page = educator.get("/educator/questions?module=" + module).body();
    assertTrue(page.contains(">" + STRESS + "<"), "the bank shows the category:\n" + page);
  }
}
