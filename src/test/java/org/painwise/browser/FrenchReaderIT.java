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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.painwise.browser.pages.CataloguePage;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.ModulePage;
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
      assertEquals("67%", result.score());
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
    }
  }
}
