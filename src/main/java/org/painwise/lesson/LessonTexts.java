package org.painwise.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.painwise.config.Languages;
import org.painwise.lesson.Curriculum.ModuleTexts;
import org.painwise.lesson.Curriculum.ParsedPage;
import org.painwise.lesson.Curriculum.Translation;

/**
 * Modules and pages in a reader's language. The translations are read with the lessons at start-up
 * ({@link LessonCatalog}) and kept in memory; the English texts come from the stored module and
 * page. What is not translated (a module, a page, a module's references) is given in English, and
 * says so, so that the reader can show a note and mark its language. Each text is made once and
 * kept until the next load, so a page view costs a map lookup and no statement.
 */
@ApplicationScoped
public class LessonTexts {

  @Inject private LessonService lessons;

  /** Translations by "language:module-slug". */
  private volatile Map<String, Translation> translations = Map.of();

  private final Map<String, ModuleText> moduleTexts = new ConcurrentHashMap<>();
  private final Map<String, PageText> pageTexts = new ConcurrentHashMap<>();

  /**
   * A module's texts in one language.
   *
   * @param language the language of these texts: the one asked for, or English when the module is
   *     not translated into it
   * @param fallback true when the texts are English because the module is not translated into the
   *     language asked for
   * @param referencesLanguage the language of {@code referencesHtml}, which may be translated or
   *     not on its own
   */
  public record ModuleText(
      String language,
      boolean fallback,
      String title,
      String summary,
      int minutes,
      List<String> objectives,
      List<String> keyPoints,
      String safety,
      String referencesHtml,
      String referencesLanguage)
      implements Serializable {}

  /**
   * A page's texts in one language.
   *
   * @param language the language of these texts: the one asked for, or English
   * @param fallback true when the page is English because it is not translated into the language
   *     asked for
   */
  public record PageText(
      String language,
      boolean fallback,
      String title,
      int minutes,
      List<String> keyPoints,
      String html)
      implements Serializable {}

  /** Takes the translations of a new load, and forgets the texts made from the last one. */
  void use(List<Translation> loaded) {
    translations =
        loaded.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    t -> t.language() + ":" + t.moduleSlug(), Function.identity()));
    moduleTexts.clear();
    pageTexts.clear();
  }

  /** The module's texts in {@code language} ("fr"), or in English where it is not translated. */
  public ModuleText module(Module module, String language) {
    return moduleTexts.computeIfAbsent(
        language + ":" + module.getId(), key -> makeModuleText(module, language));
  }

  /**
   * A page of {@code module} in {@code language} ("fr"), or in English where it is not translated.
   */
  public PageText page(Module module, LessonPage page, String language) {
    return pageTexts.computeIfAbsent(
        language + ":" + page.getId(), key -> makePageText(module.getSlug(), page, language));
  }

  /** The title of a page in {@code language}, when the module and page exist. */
  public Optional<String> pageTitle(String moduleSlug, String pageSlug, String language) {
    return lessons
        .module(moduleSlug)
        .flatMap(m -> lessons.page(moduleSlug, pageSlug).map(p -> page(m, p, language).title()));
  }

  /** The title of a module in {@code language}, when it exists. */
  public Optional<String> moduleTitle(String moduleSlug, String language) {
    return lessons.module(moduleSlug).map(m -> module(m, language).title());
  }

  /**
   * A module's title in {@code language}, for rows that carry the English title from a query:
   * {@code english} when no module has this slug. In memory once the module is known.
   */
  public String moduleTitle(String moduleSlug, String language, String english) {
    return moduleSlug == null ? english : moduleTitle(moduleSlug, language).orElse(english);
  }

  /** A page's title in {@code language}, or {@code english} when there is no such page. */
  public String pageTitle(String moduleSlug, String pageSlug, String language, String english) {
    return moduleSlug == null || pageSlug == null
        ? english
        : pageTitle(moduleSlug, pageSlug, language).orElse(english);
  }

  private Optional<Translation> translation(String moduleSlug, String language) {
    return Languages.BASE.equals(language)
        ? Optional.empty()
        : Optional.ofNullable(translations.get(language + ":" + moduleSlug));
  }

  private ModuleText makeModuleText(Module module, String language) {
    Optional<Translation> translation = translation(module.getSlug(), language);
    Optional<String> references = translation.flatMap(Translation::referencesHtml);
    String referencesHtml = references.orElse(module.getReferencesHtml());
    String referencesLanguage = references.isPresent() ? language : Languages.BASE;
    Optional<ModuleTexts> texts = translation.flatMap(Translation::texts);
    if (texts.isEmpty()) {
      return new ModuleText(
          Languages.BASE,
          !Languages.BASE.equals(language),
          module.getTitle(),
          module.getSummary(),
          module.getMinutes(),
          module.getObjectives(),
          module.getKeyPoints(),
          module.getSafety(),
          referencesHtml,
          referencesLanguage);
    }
    ModuleTexts t = texts.get();
    return new ModuleText(
        language,
        false,
        t.title(),
        t.summary(),
        t.minutes(),
        t.objectives(),
        t.keyPoints(),
        t.safety(),
        referencesHtml,
        referencesLanguage);
  }

  private PageText makePageText(String moduleSlug, LessonPage page, String language) {
    Optional<ParsedPage> translated =
        translation(moduleSlug, language).map(t -> t.pages().get(page.getSlug()));
    if (translated.isEmpty()) {
      return new PageText(
          Languages.BASE,
          !Languages.BASE.equals(language),
          page.getTitle(),
          page.getMinutes(),
          page.getKeyPoints(),
          page.getHtml());
    }
    ParsedPage p = translated.get();
    return new PageText(language, false, p.title(), p.minutes(), p.keyPoints(), p.html());
  }
}
