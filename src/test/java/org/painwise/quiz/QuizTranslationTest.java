package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.painwise.quiz.format.QuestionType;

/**
 * A question read in French (issue 16): the English question's structure with the French texts,
 * scored exactly as in English (a short answer against its French answers); and the rule that marks
 * the other language out of date when one is edited.
 */
class QuizTranslationTest {

  private static QuestionDraft single() {
    QuestionDraft d = new QuestionDraft(QuestionType.SINGLE_CHOICE, "Which one?");
    d.setTitle("Q1 Which");
    d.setExplanation("Because.");
    d.addChoice("wrong", 0, "No.");
    d.addChoice("right", 100, "Yes.");
    d.addChoice("other", -50, "Not that.");
    return d;
  }

  private static QuestionDraft french(QuestionDraft english, String... texts) {
    QuestionDraft f = QuestionDraft.of(english);
    f.setTitle("Q1 Laquelle");
    f.setStem("Laquelle?");
    f.setExplanation("Parce que.");
    for (int i = 0; i < f.getChoices().size(); i++) {
      f.getChoices().get(i).setText(i < texts.length ? texts[i] : "");
      f.getChoices().get(i).setFeedback("Rétroaction " + i);
    }
    return f;
  }

  private static Question question(QuestionDraft english) {
    Question q = new Question(null, 1);
    q.replaceContent(english);
    return q;
  }

  @Test
  void aFrenchQuestionHasTheFrenchTextsOnTheEnglishStructureAndScoresTheSame() {
    QuestionDraft english = single();
    Question q = question(english);
    q.translationForWriting("fr").revise(french(english, "faux", "juste", "autre"));
    QuestionDraft read = q.translation("fr").orElseThrow().applyTo(q);

    assertEquals("Laquelle?", read.getStem());
    assertEquals("Q1 Laquelle", read.getTitle());
    assertEquals("Parce que.", read.getExplanation());
    assertEquals(
        List.of("faux", "juste", "autre"),
        read.getChoices().stream().map(ChoiceContent::getText).toList());
    assertEquals(
        List.of(0, 100, -50),
        read.getChoices().stream().map(c -> c.getWeight().intValue()).toList());
    for (int pick = 0; pick < 3; pick++) {
      Response r = Response.picks(List.of(pick));
      assertEquals(Scoring.mark(q, r).credit(), Scoring.mark(read, r).credit());
    }
    List<String> feedback = Sheets.feedback(read, Response.picks(List.of(1))).feedbackHtml();
    assertEquals(1, feedback.size());
    assertTrue(feedback.get(0).contains("Rétroaction 1"), feedback.toString());
  }

  @Test
  void trueFalseKeepsItsEnglishWordsForThePageToTranslate() {
    QuestionDraft english = new QuestionDraft(QuestionType.TRUE_FALSE, "Pain is damage.");
    english.addChoice("True", 0, "No, it is false.");
    english.addChoice("False", 100, "Right.");
    Question q = question(english);
    QuestionDraft f = QuestionDraft.of(english);
    f.setStem("La douleur est une blessure.");
    f.getChoices().get(0).setText("Vrai");
    f.getChoices().get(0).setFeedback("Non, c’est faux.");
    q.translationForWriting("fr").revise(f);
    QuestionDraft read = q.translation("fr").orElseThrow().applyTo(q);
    assertEquals("True", read.getChoices().get(0).getText());
    assertEquals("Non, c’est faux.", read.getChoices().get(0).getFeedback());
  }

  @Test
  void aShortAnswerIsMarkedAgainstItsFrenchAnswers() {
    QuestionDraft english = new QuestionDraft(QuestionType.SHORT_ANSWER, "The alarm can be ...");
    english.addChoice("quiet", 100, "Yes.");
    english.addChoice("soft", 100, "Yes.");
    Question q = question(english);
    QuestionDraft f = new QuestionDraft(QuestionType.SHORT_ANSWER, "L’alarme peut être ...");
    f.addChoice("douce", 100, "Oui.");
    f.addChoice("calme", 100, "Oui.");
    f.addChoice("silencieuse", 100, "Oui.");
    q.translationForWriting("fr").revise(f);
    QuestionDraft read = q.translation("fr").orElseThrow().applyTo(q);

    assertEquals(3, read.getChoices().size(), "a translation may accept more answers");
    assertTrue(Scoring.mark(read, Response.text("Silencieuse")).isRight());
    assertTrue(Scoring.mark(read, Response.text("quiet")).isWrong());
    assertTrue(q.translation("fr").orElseThrow().fits(q));
  }

  @Test
  void matchingPairsKeepTheirEnglishStructure() {
    QuestionDraft english = new QuestionDraft(QuestionType.MATCHING, "Match them.");
    english.addChoice("cat", 100, "").setMatchText("animal");
    english.addChoice("dog", 100, "").setMatchText("animal");
    english.addChoice("rose", 100, "").setMatchText("plant");
    Question q = question(english);
    QuestionDraft f = QuestionDraft.of(english);
    f.getChoices().get(0).setText("chat");
    f.getChoices().get(0).setMatchText("animal");
    f.getChoices().get(1).setText("chien");
    f.getChoices().get(1).setMatchText("bête"); // another word for the same right side
    f.getChoices().get(2).setText("rose");
    f.getChoices().get(2).setMatchText("plante");
    q.translationForWriting("fr").revise(f);
    QuestionDraft read = q.translation("fr").orElseThrow().applyTo(q);

    assertEquals(
        List.of("animal", "animal", "plante"),
        read.getChoices().stream().map(ChoiceContent::getMatchText).toList());
    Response right = Response.matches(Map.of(0, 0, 1, 0, 2, 2));
    assertTrue(Scoring.mark(read, right).isRight());
    assertEquals(Scoring.mark(q, right).credit(), Scoring.mark(read, right).credit());
  }

  @Test
  void theEditorStartsFromEmptyTextsNeverFromEnglish() {
    QuestionDraft english = single();
    Question q = question(english);
    QuestionDraft blank = TranslatedText.editable(q, Optional.<QuestionText>empty());
    assertEquals("", blank.getStem());
    assertEquals(
        List.of("", "", ""), blank.getChoices().stream().map(ChoiceContent::getText).toList());

    q.translationForWriting("fr").revise(french(english, "faux", "juste", "autre"));
    QuestionDraft grown = QuestionDraft.of(q);
    grown.addChoice("new one", 0, "New.");
    q.replaceContent(grown);
    QuestionDraft edit = TranslatedText.editable(q, q.translation("fr"));
    assertEquals(
        List.of("faux", "juste", "autre", ""),
        edit.getChoices().stream().map(ChoiceContent::getText).toList(),
        "an answer English added since is empty, to translate");
    assertFalse(q.translation("fr").orElseThrow().fits(q), "it is left out of a version");
  }

  @Test
  void editingOneLanguageMarksTheOtherOutOfDateUntilItIsRevised() {
    QuestionDraft english = single();
    Question q = question(english);
    q.changed("fr");
    q.translationForWriting("fr").revise(french(english, "a", "b", "c"));
    assertFalse(q.isTextOutOfDate(), "a first translation marks nothing");
    QuestionText fr = q.translation("fr").orElseThrow();
    assertFalse(fr.isOutOfDate());

    q.changed("en"); // an educator edits the English question
    assertTrue(fr.isOutOfDate(), "English changed: French is out of date");
    assertFalse(q.isTextOutOfDate());

    q.changed("fr"); // the French is revised
    fr.revise(french(english, "a2", "b2", "c2"));
    assertFalse(fr.isOutOfDate());
    assertFalse(q.isTextOutOfDate(), "a revision does not mark English");

    q.changed("fr"); // a new change in French
    fr.revise(french(english, "a3", "b3", "c3"));
    assertTrue(q.isTextOutOfDate(), "French changed: English is out of date");

    q.changed("en"); // English is revised
    assertFalse(q.isTextOutOfDate());
    assertFalse(fr.isOutOfDate(), "revising English does not mark French again");
  }

  @Test
  void aVersionTakesTheUpToDateTranslationsThatFit() {
    QuestionDraft english = single();
    Question upToDate = question(english);
    upToDate.translationForWriting("fr").revise(french(english, "a", "b", "c"));
    Question outOfDate = question(english);
    outOfDate.translationForWriting("fr").revise(french(english, "a", "b", "c"));
    outOfDate.changed("en");

    QuizVersion version = new QuizVersion(null, 1, null, List.of(upToDate, outOfDate));
    VersionQuestion first = version.getQuestions().get(0);
    VersionQuestion second = version.getQuestions().get(1);
    assertTrue(
        first.addTranslation(upToDate.translation("fr").orElseThrow()).isEmpty(),
        "the version took the up-to-date translation");
    assertTrue(
        second.addTranslation(outOfDate.translation("fr").orElseThrow()).isPresent(),
        "it left the out-of-date one out");
    assertEquals(0, BigDecimal.valueOf(100).compareTo(first.choices().get(1).getWeight()));
  }
}
