package org.painwise.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the loader made of lessons/: the modules that loaded, and the problems it found. */
public record Curriculum(
    List<ParsedModule> modules, Map<String, GlossaryEntry> glossary, List<LoadProblem> problems) {

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

  public Optional<ParsedModule> module(String slug) {
    return modules.stream().filter(m -> m.slug().equals(slug)).findFirst();
  }
}
