package org.painwise.quiz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.MoodleXmlReader;
import org.painwise.quiz.format.Problem;

/** Import problems read as sentences of the page's language, with their place. */
class ProblemTextTest {

  private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
  private static final ResourceBundle FR = ResourceBundle.getBundle("i18n.messages", Locale.FRENCH);

  private static Problem only(String gift) {
    List<Problem> problems = new GiftReader().read(gift).problems();
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void lineAndColumnComeFirst() {
    Problem p = only("// comment\n\n// comment\n::Q1:: Stem\n    {\n  =a\n  ~b\n");
    assertEquals(
        "Line 5, column 5: the answer block is not closed. Add a } after the last answer.",
        ProblemText.describe(p, EN));
    assertEquals(
        "Ligne 5, colonne 5 : le bloc de réponses n’est pas fermé. Ajoutez une } après la dernière"
            + " réponse.",
        ProblemText.describe(p, FR));
  }

  @Test
  void argumentsApostrophesAndBracesComeOutAsWritten() {
    assertEquals(
        "Line 2, column 4: the answer block opened at line 1, column 4 is not closed before this {."
            + " Add a } after the last answer of that block (or write \\{ for a literal brace).",
        ProblemText.describe(only("Q1 {=a ~b\nQ2 {=c ~d}"), EN));
    assertEquals(
        "Line 1, column 1: the title is not closed. Add :: after the title, as in ::My title::"
            + " Question text {...}.",
        ProblemText.describe(only("::Title without end Stem {T}"), EN));
    assertEquals(
        "Line 1, column 6: there is a } without a { before it. Write \\} for a literal brace.",
        ProblemText.describe(only("Stem } {=a ~b}"), EN));
    assertEquals(
        "Line 1, column 7: the question \"E\" is an essay question ({} with no answers), which"
            + " Painwise does not support; it was skipped.",
        ProblemText.describe(only("::E:: {}"), EN));
    Problem fraction =
        new MoodleXmlReader()
            .read(
                "<quiz><question type=\"multichoice\"><questiontext><text>Q</text></questiontext>"
                    + "<answer fraction=\"lots\"><text>a</text></answer></question></quiz>")
            .errors()
            .get(0);
    assertEquals(
        "Line 1, column 103: the answer's fraction \"lots\" is not a number from -100 to 100."
            + " Write it like fraction=\"100\" or fraction=\"50\".",
        ProblemText.describe(fraction, EN));
    assertEquals(
        "Ligne 1, colonne 103 : la fraction « lots » de la réponse n’est pas un nombre de -100 à"
            + " 100. Écrivez-la comme fraction=\"100\" ou fraction=\"50\".",
        ProblemText.describe(fraction, FR));
  }

  @Test
  void aProblemWithoutAColumnGivesItsLine() {
    Problem rule =
        new Problem(
            3, 0, Problem.Severity.ERROR, "quiz_import.problem.rule", List.of("label", "x."), "");
    assertEquals("Line 3: label x.", ProblemText.describe(rule, EN));
    assertEquals("Ligne 3 : label x.", ProblemText.describe(rule, FR));
  }

  @Test
  void aProblemWithoutAPlaceIsCapitalised() {
    Problem p = new Problem(0, 0, Problem.Severity.ERROR, "quiz_import.problem.encoding", null, "");
    assertEquals(
        "The file is not valid text in the encoding its XML declaration names (UTF-8 if it names"
            + " none). Save it again as UTF-8.",
        ProblemText.describe(p, EN));
    assertEquals(
        "Le fichier n’est pas un texte valide dans l’encodage que nomme sa déclaration XML (UTF-8"
            + " si elle n’en nomme aucun). Enregistrez-le de nouveau en UTF-8.",
        ProblemText.describe(p, FR));
  }

  @Test
  void anUnknownKeyShowsTheKeyAndArguments() {
    Problem p =
        new Problem(2, 0, Problem.Severity.ERROR, "quiz_import.problem.nope", List.of("a"), "");
    assertEquals("Line 2: quiz_import.problem.nope [a]", ProblemText.describe(p, EN));
  }
}
