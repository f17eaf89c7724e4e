package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;
import org.painwise.lesson.Curriculum.Translation;
import org.painwise.lesson.LessonTexts.ModuleText;
import org.painwise.lesson.LessonTexts.PageText;
import org.painwise.lesson.LoadProblem.Kind;

/**
 * Loading French beside English (issue 16), on the fixture module {@code
 * src/test/resources/lessons-fixture/99-translation-fixture}: one French page of each state (up to
 * date, missing, stale, broken anchors), and what the reader gets for each.
 */
class TranslationLoadingTest {

  static final Path FIXTURE = Path.of("src/test/resources/lessons-fixture");
  static final String FOLDER = "99-translation-fixture";
  static final String SLUG = "translation-fixture";

  private static SortedMap<String, byte[]> files() {
    return CurriculumFiles.readDirectory(FIXTURE);
  }

  private static List<String> problems(Curriculum c, Kind kind) {
    return c.problems().stream().filter(p -> p.kind() == kind).map(LoadProblem::file).toList();
  }

  @Test
  void eachFrenchFileIsLoadedOrReportedByFile() {
    Curriculum c = CurriculumParser.parse(files());

    ParsedModule english = c.module(SLUG).orElseThrow();
    assertEquals(5, english.pages().size(), "French problems never stop the English module");
    Translation french = c.translation(SLUG, "fr").orElseThrow();
    assertEquals("Module d’essai de traduction", french.texts().orElseThrow().title());
    assertEquals(
        List.of("welcome", "the-alarm", "old-news"),
        english.pages().stream().map(ParsedPage::slug).filter(french.pages()::containsKey).toList(),
        "up to date and stale pages load; a missing page and one with wrong anchors do not");

    assertEquals(List.of(FOLDER + "/fr/03-not-yet.md"), problems(c, Kind.MISSING_TRANSLATION));
    assertEquals(List.of(FOLDER + "/fr/04-old-news.md"), problems(c, Kind.STALE_TRANSLATION));
    assertEquals(List.of(FOLDER + "/fr/05-wrong-anchors.md"), problems(c, Kind.BROKEN));
    String anchors =
        c.problems().stream()
            .filter(p -> p.kind() == Kind.BROKEN)
            .findFirst()
            .orElseThrow()
            .message();
    assertTrue(
        anchors.contains("[a-wrong-anchor]") && anchors.contains("[the-right-anchor]"), anchors);
    String stale =
        c.problems().stream()
            .filter(p -> p.kind() == Kind.STALE_TRANSLATION)
            .findFirst()
            .orElseThrow()
            .message();
    assertTrue(
        stale.contains("000000000000")
            && stale.contains(CurriculumParser.hashOf(files().get(FOLDER + "/04-old-news.md"))),
        "the message gives both hashes: " + stale);
  }

  @Test
  void aFrenchPageKeepsTheEnglishAnchorsAndUsesFrenchTermsAndDiagrams() {
    Curriculum c = CurriculumParser.parse(files());
    ParsedPage english = c.module(SLUG).orElseThrow().pages().get(0);
    ParsedPage french = c.translation(SLUG, "fr").orElseThrow().pages().get("welcome");

    assertEquals(List.of("why-this-page-exists", "what-comes-next"), english.anchors());
    assertEquals(english.anchors(), french.anchors());
    assertTrue(
        french.html().contains("<h2 id=\"why-this-page-exists\">Pourquoi cette page existe</h2>"),
        french.html());
    assertFalse(french.html().contains("{#"), "the anchor suffix is not shown");
    assertTrue(french.html().contains("<strong>nocicepteur</strong>"), "the French glossary");
    assertTrue(
        french.html().contains("lesson-media/" + SLUG + "/images/signal.fr.svg"),
        "the French diagram");
    assertEquals("Bienvenue", french.title());
  }

  @Test
  void aMissingTranslationIsReportedUnlessTheModuleIsMarkedPending() {
    SortedMap<String, byte[]> files = files();
    files.keySet().removeIf(p -> p.startsWith(FOLDER + "/fr/"));
    Curriculum untranslated = CurriculumParser.parse(files);
    assertEquals(
        List.of(
            FOLDER + "/fr/module.yaml",
            FOLDER + "/fr/01-welcome.md",
            FOLDER + "/fr/02-the-alarm.md",
            FOLDER + "/fr/03-not-yet.md",
            FOLDER + "/fr/04-old-news.md",
            FOLDER + "/fr/05-wrong-anchors.md",
            FOLDER + "/fr/quiz.gift"),
        problems(untranslated, Kind.MISSING_TRANSLATION));
    assertTrue(untranslated.translation(SLUG, "fr").isEmpty());

    markPending(files);
    Curriculum pending = CurriculumParser.parse(files);
    assertEquals(List.of(), pending.problems(), "a module marked pending is not reported");
    assertTrue(pending.module(SLUG).isPresent());
  }

  @Test
  void thePendingMarkerDoesNotMakeTheFrenchModuleYamlStale() {
    SortedMap<String, byte[]> files = files();
    markPending(files);
    Curriculum c = CurriculumParser.parse(files);
    assertEquals(List.of(FOLDER + "/fr/04-old-news.md"), problems(c, Kind.STALE_TRANSLATION));
    assertEquals(List.of(), problems(c, Kind.MISSING_TRANSLATION), "pending: 03 is not reported");

    // Any other change to the English module.yaml does.
    replace(files, FOLDER + "/module.yaml", text(files, FOLDER + "/module.yaml") + "minutes: 6\n");
    assertTrue(
        problems(CurriculumParser.parse(files), Kind.STALE_TRANSLATION)
            .contains(FOLDER + "/fr/module.yaml"));
  }

  @Test
  void aTranslatedFileWithoutTranslationOfIsReported() {
    SortedMap<String, byte[]> files = files();
    String page = FOLDER + "/fr/01-welcome.md";
    replace(files, page, text(files, page).replaceAll("(?m)^translationOf:.*\\n", ""));
    Curriculum c = CurriculumParser.parse(files);
    assertTrue(problems(c, Kind.STALE_TRANSLATION).contains(page));
    assertTrue(c.translation(SLUG, "fr").orElseThrow().pages().containsKey("welcome"));
  }

  @Test
  void aFrenchPageWithoutAnEnglishOneAndAFrenchSlugAreBroken() {
    SortedMap<String, byte[]> files = files();
    replace(files, FOLDER + "/fr/06-extra.md", "---\ntitle: En trop\n---\n\nTexte.\n");
    String yaml = FOLDER + "/fr/module.yaml";
    replace(files, yaml, "slug: autre\n" + text(files, yaml));
    List<String> broken = problems(CurriculumParser.parse(files), Kind.BROKEN);
    assertTrue(broken.contains(FOLDER + "/fr/06-extra.md"), broken.toString());
    assertTrue(broken.contains(yaml), broken.toString());
  }

  @Test
  void translationsNeverChangeTheEnglishModule() {
    SortedMap<String, byte[]> files = files();
    String before = CurriculumParser.parse(files).module(SLUG).orElseThrow().contentHash();
    String page = FOLDER + "/fr/02-the-alarm.md";
    replace(files, page, text(files, page) + "\nUne phrase de plus.\n");
    assertEquals(before, CurriculumParser.parse(files).module(SLUG).orElseThrow().contentHash());
  }

  @Test
  void theReaderGetsFrenchWhereItIsTranslatedAndEnglishWithAFallbackFlagElsewhere()
      throws Exception {
    Curriculum c = CurriculumParser.parse(files());
    LessonTexts texts = new LessonTexts();
    texts.use(c.translations());
    ParsedModule parsed = c.module(SLUG).orElseThrow();
    Module module = module(parsed);

    ModuleText french = texts.module(module, "fr");
    assertEquals("fr", french.language());
    assertFalse(french.fallback());
    assertEquals("Module d’essai de traduction", french.title());
    assertEquals("en", french.referencesLanguage(), "no French references.md: English ones");
    assertEquals("Translation test module", texts.module(module, "en").title());

    PageText welcome = texts.page(module, page(parsed, 0, 1L), "fr");
    assertEquals("fr", welcome.language());
    assertEquals("Bienvenue", welcome.title());
    PageText notYet = texts.page(module, page(parsed, 2, 3L), "fr");
    assertEquals("en", notYet.language());
    assertTrue(notYet.fallback(), "a missing page falls back to English");
    assertEquals("Not yet in French", notYet.title());
    PageText wrongAnchors = texts.page(module, page(parsed, 4, 5L), "fr");
    assertTrue(wrongAnchors.fallback(), "so does a French page that did not load");
    PageText englishReader = texts.page(module, page(parsed, 2, 3L), "en");
    assertFalse(englishReader.fallback(), "English readers get no note");

    texts.use(List.of());
    assertTrue(texts.module(module, "fr").fallback(), "a new load forgets the old texts");
  }

  private static Module module(ParsedModule parsed) throws ReflectiveOperationException {
    Module module = new Module();
    setId(module, 1L);
    module.setSlug(parsed.slug());
    module.setTitle(parsed.title());
    module.setSummary(parsed.summary());
    module.setReferencesHtml(parsed.referencesHtml());
    return module;
  }

  private static LessonPage page(ParsedModule parsed, int index, long id)
      throws ReflectiveOperationException {
    ParsedPage p = parsed.pages().get(index);
    LessonPage page = new LessonPage();
    setId(page, id);
    page.setSlug(p.slug());
    page.setTitle(p.title());
    page.setHtml(p.html());
    return page;
  }

  private static void setId(Object entity, long id) throws ReflectiveOperationException {
    Field field = entity.getClass().getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
  }

  private static void markPending(SortedMap<String, byte[]> files) {
    String yaml = FOLDER + "/module.yaml";
    replace(
        files,
        yaml,
        text(files, yaml).replace("order: 99\n", "order: 99\ntranslations: {fr: pending}\n"));
  }

  private static String text(SortedMap<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private static void replace(SortedMap<String, byte[]> files, String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
  }
}
