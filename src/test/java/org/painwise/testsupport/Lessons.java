package org.painwise.testsupport;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painwise.lesson.Curriculum;
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;
import org.painwise.lesson.CurriculumFiles;
import org.painwise.lesson.CurriculumParser;

/**
 * The curriculum the app ships, read from {@code lessons/} with the app's own parser, so that a
 * browser test names a module or a page by slug and takes its titles from the lesson files.
 */
public final class Lessons {

  private static Curriculum curriculum;

  private Lessons() {}

  private static synchronized Curriculum curriculum() {
    if (curriculum == null) {
      curriculum =
          CurriculumParser.parse(
              CurriculumFiles.readDirectory(
                  Path.of(System.getProperty("painwise.lessons.dir", "lessons"))));
    }
    return curriculum;
  }

  public static ParsedModule module(String slug) {
    return curriculum()
        .module(slug)
        .orElseThrow(() -> new AssertionError("No module " + slug + " in lessons/"));
  }

  public static ParsedPage page(String moduleSlug, String pageSlug) {
    return module(moduleSlug).pages().stream()
        .filter(p -> p.slug().equals(pageSlug))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No page " + pageSlug + " in " + moduleSlug));
  }

  /** The text of a page's heading with this anchor (its {@code id}), as the lesson file has it. */
  public static String heading(String moduleSlug, String pageSlug, String anchor) {
    String html = page(moduleSlug, pageSlug).html();
    Matcher m =
        Pattern.compile("<h\\d[^>]*\\bid=\"" + Pattern.quote(anchor) + "\"[^>]*>(.*?)</h\\d>")
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("No heading #" + anchor + " on " + moduleSlug + "/" + pageSlug);
    }
    return m.group(1)
        .replaceAll("<[^>]+>", "")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .strip();
  }
}
