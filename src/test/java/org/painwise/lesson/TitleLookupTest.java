package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;

/**
 * The titles that pages outside the reader and reminder emails show (issue 16): a module's or
 * page's title by slug in a language, French where it is translated, else English, else the English
 * text the row carried. On the fixture module {@code 99-translation-fixture}.
 */
class TitleLookupTest {

  static final Path FIXTURE = Path.of("src/test/resources/lessons-fixture");
  static final String SLUG = "translation-fixture";

  private LessonTexts texts;

  /** Modules and pages from memory, as LessonService keeps them once read. */
  static final class StoredLessons extends LessonService {
    private final Module module;
    private final List<LessonPage> pages;

    StoredLessons(Module module, List<LessonPage> pages) {
      this.module = module;
      this.pages = pages;
    }

    @Override
    public Optional<Module> module(String slug) {
      return module.getSlug().equals(slug) ? Optional.of(module) : Optional.empty();
    }

    @Override
    public List<LessonPage> pages(long moduleId) {
      return pages;
    }
  }

  @BeforeEach
  void load() throws Exception {
    Curriculum c = CurriculumParser.parse(CurriculumFiles.readDirectory(FIXTURE));
    ParsedModule parsed = c.module(SLUG).orElseThrow();
    Module module = new Module();
    setField(module, "id", 1L);
    module.setSlug(parsed.slug());
    module.setTitle(parsed.title());
    List<LessonPage> pages = new java.util.ArrayList<>();
    for (int i = 0; i < parsed.pages().size(); i++) {
      ParsedPage p = parsed.pages().get(i);
      LessonPage page = new LessonPage();
      setField(page, "id", 10L + i);
      page.setSlug(p.slug());
      page.setTitle(p.title());
      page.setHtml(p.html());
      pages.add(page);
    }
    texts = new LessonTexts();
    setField(texts, "lessons", new StoredLessons(module, pages));
    texts.use(c.translations());
  }

  @Test
  void aModuleTitleIsFrenchWhereTranslatedAndEnglishOtherwise() {
    assertEquals("Module d’essai de traduction", texts.moduleTitle(SLUG, "fr", "stored"));
    assertEquals("Translation test module", texts.moduleTitle(SLUG, "en", "stored"));
    assertEquals("stored", texts.moduleTitle("no-such-module", "fr", "stored"));
    assertEquals("stored", texts.moduleTitle(null, "fr", "stored"), "a notice without a module");
  }

  @Test
  void aPageTitleFallsBackToEnglishThenToTheRowsText() {
    assertEquals("L’alarme", texts.pageTitle(SLUG, "the-alarm", "fr", "stored"));
    assertEquals("The alarm", texts.pageTitle(SLUG, "the-alarm", "en", "stored"));
    assertEquals(
        "Not yet in French",
        texts.pageTitle(SLUG, "not-yet", "fr", "stored"),
        "a page not translated yet is English");
    assertEquals("stored", texts.pageTitle(SLUG, "no-such-page", "fr", "stored"));
  }

  @Test
  void anUntranslatedModuleIsEnglish() {
    texts.use(List.of());
    assertEquals("Translation test module", texts.moduleTitle(SLUG, "fr", "stored"));
  }

  private static void setField(Object target, String name, Object value)
      throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
