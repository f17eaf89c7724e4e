package org.painwise.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the loader made of lessons/: the modules that loaded, their translations, and the problems
 * it found (broken files, and missing or stale translations).
 */
public record Curriculum(
    List<ParsedModule> modules,
    Map<String, GlossaryEntry> glossary,
    List<LoadProblem> problems,
    List<Translation> translations) {

  /** A curriculum without translations. */
  public Curriculum(
      List<ParsedModule> modules, Map<String, GlossaryEntry> glossary, List<LoadProblem> problems) {
    this(modules, glossary, problems, List.of());
  }

  /** One module, ready to store: its pages are rendered and sanitised HTML. */
  public record ParsedModule(
      String folder,
      String slug,
      String title,
      String summary,
      int order,
      int minutes,
      List<String> objectives,
      List<String> keyPoints,
      String safety,
      String referencesHtml,
      List<ParsedPage> pages,
      Map<String, byte[]> images,
      Optional<String> quizGift,
      String contentHash) {}

  /** One page of a module. {@code anchors} are the ids of its headings. */
  public record ParsedPage(
      String file,
      String slug,
      int position,
      String title,
      int minutes,
      List<String> keyPoints,
      String html,
      List<String> anchors) {}

  /**
   * A module in another language ({@code lessons/NN-slug/fr/}), as far as it is translated and
   * loads: what is not here is read in English.
   *
   * @param texts the module's own texts (its {@code module.yaml}), when translated
   * @param pages the translated pages that loaded, by page slug; each has its English page's
   *     anchors
   * @param referencesHtml the translated references.md, when there is one
   * @param quizGift the translated starter quiz ({@code quiz.gift}), when there is one
   */
  public record Translation(
      String language,
      String moduleSlug,
      Optional<ModuleTexts> texts,
      Map<String, ParsedPage> pages,
      Optional<String> referencesHtml,
      Optional<String> quizGift) {}

  /** The texts of a module's {@code module.yaml} in one language. */
  public record ModuleTexts(
      String title,
      String summary,
      int minutes,
      List<String> objectives,
      List<String> keyPoints,
      String safety) {}

  public Optional<ParsedModule> module(String slug) {
    return modules.stream().filter(m -> m.slug().equals(slug)).findFirst();
  }

  /** A module's translation into {@code language}, when any of it loaded. */
  public Optional<Translation> translation(String moduleSlug, String language) {
    return translations.stream()
        .filter(t -> t.moduleSlug().equals(moduleSlug) && t.language().equals(language))
        .findFirst();
  }
}
