package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.painwise.browser.pages.CataloguePage;
import org.painwise.browser.pages.DashboardPage;
import org.painwise.browser.pages.ImportPage;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.ModulePage;
import org.painwise.browser.pages.ProgressPage;
import org.painwise.browser.pages.QuestionPage;
import org.painwise.browser.pages.QuestionsPage;
import org.painwise.browser.pages.QuizPage;
import org.painwise.browser.pages.ResultPage;
import org.painwise.lesson.Curriculum;
import org.painwise.lesson.CurriculumFiles;
import org.painwise.lesson.CurriculumParser;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;

/**
 * A patient whose browser reads French (issue 16) reads a module in French, meets a page that is
 * not translated yet (English, with a note), takes the module's quiz in French, and follows a
 * review link in its feedback to the same section of the French page; axe checks every page, and
 * every page says {@code lang="fr"}.
 *
 * <p>An educator edits the French texts of a question with the editor's language selector.
 *
 * <p>The module is the test fixture {@code
 * src/test/resources/lessons-fixture/99-translation-fixture} (the real French lessons arrive from
 * the translators), deployed beside the real curriculum.
 */
@ExtendWith(ArquillianExtension.class)
class FrenchReaderIT {

  static final Path FIXTURE = Path.of("src/test/resources/lessons-fixture");
  static final String MODULE = "translation-fixture";
  static final String FOLDER = "99-translation-fixture";
  static final String PAGE = "the-alarm";
  static final String ANCHOR = "the-alarm-can-be-loud";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.appWithLessonModule(FrenchReaderIT.class, FIXTURE.resolve(FOLDER));
  }

  @ArquillianResource URL base;

  @Test
  void aFrenchReaderReadsTakesTheQuizAndLandsOnTheFrenchSection() throws IOException {
    Curriculum fixture = CurriculumParser.parse(CurriculumFiles.readDirectory(FIXTURE));
    Curriculum.Translation french = fixture.translation(MODULE, "fr").orElseThrow();
    String email = FacesClient.uniqueEmail("lecteur");
    new FacesClient(base).signUp("Léa Lectrice", email, "a-good-password");

    try (Browser browser = Browser.open(base, "fr")) {
      new LoginPage(browser).open().signIn(email, "a-good-password");

      // The catalogue: the module's card in French.
      CataloguePage catalogue = new CataloguePage(browser).open();
      assertEquals("fr", catalogue.pageLanguage());
      assertEquals(french.texts().orElseThrow().title() + " (fr)", catalogue.titleOf(MODULE));

      // The module and a translated page, in French.
      ModulePage module = new ModulePage(browser).open(MODULE);
      assertEquals("fr", module.pageLanguage());
      assertEquals(french.texts().orElseThrow().title(), module.heading());
      assertEquals(Optional.empty(), module.languageNote());
      assertEquals(
          Bundle.french("lessons.badge.english"),
          module.badgeOfPage("not-yet"),
          "the page that is not translated yet says it is in English");

      LessonPage welcome = new LessonPage(browser).open(MODULE, "welcome");
      assertEquals("fr", welcome.pageLanguage());
      assertEquals("fr", welcome.textLanguage());
      assertEquals(french.pages().get("welcome").title(), welcome.title());
      assertEquals("Pourquoi cette page existe", welcome.section("why-this-page-exists"));
      assertTrue(
          welcome.diagrams().stream().allMatch(src -> src.endsWith("/images/signal.fr.svg")),
          "the French diagram: " + welcome.diagrams());
      assertEquals(Optional.empty(), welcome.languageNote());

      // A page that is not translated yet: English, marked as such, with a note in French.
      LessonPage notYet = new LessonPage(browser).open(MODULE, "not-yet");
      assertEquals("fr", notYet.pageLanguage());
      assertEquals("en", notYet.textLanguage());
      assertEquals(Optional.of(Bundle.french("lessons.text.pageInEnglish")), notYet.languageNote());
      assertEquals(fixture.module(MODULE).orElseThrow().pages().get(2).title(), notYet.title());

      // The quiz in French: the loud-alarm question wrong, the others right.
      List<ParsedQuestion> questions =
          new GiftReader()
              .read(Files.readString(FIXTURE.resolve(FOLDER + "/fr/quiz.gift")))
              .questions();
      QuizPage quiz = new QuizPage(browser).inFrench().open(MODULE);
      assertEquals("fr", quiz.pageLanguage());
      quiz.start();
      quiz.answer(questions, Set.of("loud-alarm"));
      ResultPage result = quiz.submit();
      assertEquals("fr", result.pageLanguage());
      // French writes a space before the percent sign ("67 %", config/Numbers): compare the figure.
      assertEquals("67%", result.score().replaceAll("[\\s\\u00a0\\u202f]", ""));
      assertEquals(Bundle.french("quiz.badge.notPassed"), result.outcome());
      assertEquals(Optional.empty(), result.languageNote(), "every question is in French");
      String review = "/lessons/" + MODULE + "/" + PAGE + "#" + ANCHOR;
      WebElement link = result.reviewLinkTo(review);
      assertTrue(
          link.getText().endsWith(french.pages().get(PAGE).title()),
          "the link names the French page: " + link.getText());

      // The review link lands on the same section, in French.
      LessonPage section = result.follow(link);
      assertEquals("L’alarme peut sonner fort", section.section(ANCHOR));
      assertEquals("fr", section.textLanguage());
      assertTrue(browser.driver().getCurrentUrl().endsWith("#" + ANCHOR));
      section.checkAccessibility();

      // Outside the reader, the module and page titles are French too (axe on each page).
      String frenchTitle = french.texts().orElseThrow().title();
      DashboardPage dashboard = new DashboardPage(browser).open();
      assertEquals("fr", dashboard.pageLanguage());
      assertEquals(frenchTitle, dashboard.startedTitle(MODULE));
      assertEquals(
          frenchTitle + ": " + french.pages().get(PAGE).title(),
          dashboard.continueTitle(),
          "the continue card names the French module and page");
      ProgressPage progress = new ProgressPage(browser).open();
      assertEquals("fr", progress.pageLanguage());
      assertEquals(frenchTitle, progress.resultModule(0));
    }
  }

  /**
   * An educator edits a question's French texts with the editor's language selector: a first
   * translation marks nothing, a new change in French marks English out of date, and an English
   * edit marks French out of date, in the editor and in the bank. The question is imported for the
   * test into the fixture module's bank and never published.
   */
  @Test
  void anEducatorEditsTheFrenchTextsAndTheOtherLanguageIsMarked() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String title = "Pick " + tag;
    Path file = Files.createTempFile("painwise-translate", ".gift");
    Files.writeString(
        file, "::" + title + ":: Which one is right? {=this one #Yes. ~that one #No.}\n");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn("educator@painwise.test", "painwise-demo");
      QuestionsPage bank = new ImportPage(browser).open(MODULE).checkClean(MODULE, file).confirm();
      bank.search(title);
      assertEquals(
          List.of(Bundle.text("educator_questions.translation.MISSING")),
          bank.languageStates(title));

      QuestionPage editor = bank.edit(title).language("fr");
      assertEquals(
          Bundle.text("educator_questions.translation.MISSING"), editor.translationState());
      assertTrue(editor.englishHint("stem").endsWith("Which one is right?"));
      editor.translate("Laquelle est juste?", "celle-ci", "celle-là").saveTranslation();
      assertTrue(
          editor
              .messages()
              .contains(Bundle.text("educator_question.message.info.translationSaved")));
      assertEquals(
          Bundle.text("educator_questions.translation.UP_TO_DATE"), editor.translationState());
      assertEquals(Optional.empty(), editor.englishState(), "a first translation marks nothing");

      // An English edit: French is out of date, in the editor and in the bank.
      editor.language("en").stem("Which one is the right one?").save();
      assertEquals(
          Bundle.text("educator_questions.translation.OUT_OF_DATE"), editor.translationState());
      assertEquals(Optional.empty(), editor.englishState());
      QuestionsPage after = new QuestionsPage(browser).open(MODULE).search(title);
      assertEquals(
          List.of(Bundle.text("educator_questions.translation.OUT_OF_DATE")),
          after.languageStates(title));

      // Revising French clears its mark and leaves English alone.
      editor = after.edit(title).language("fr");
      assertTrue(editor.englishHint("stem").endsWith("Which one is the right one?"));
      editor.translate("Laquelle est la bonne?").saveTranslation();
      assertEquals(
          Bundle.text("educator_questions.translation.UP_TO_DATE"), editor.translationState());
      assertEquals(Optional.empty(), editor.englishState(), "a revision marks nothing");

      // A new change in French marks English out of date.
      editor.translate("Quelle réponse est la bonne?").saveTranslation();
      assertEquals(
          Optional.of(Bundle.text("educator_questions.translation.englishOutOfDate")),
          editor.englishState());
      assertEquals(
          List.of(
              Bundle.text("educator_questions.translation.UP_TO_DATE"),
              Bundle.text("educator_questions.translation.englishOutOfDate")),
          new QuestionsPage(browser).open(MODULE).search(title).languageStates(title));
    }
  }
}
