package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;

/** The loader reads the real curriculum, reports broken files by file and line, and is stable. */
class CurriculumParserTest {

  private static final Path LESSONS =
      Path.of(System.getProperty("painwise.lessons.dir", "lessons"));

  private static SortedMap<String, byte[]> real() {
    return CurriculumFiles.readDirectory(LESSONS);
  }

  @Test
  void theRealCurriculumLoadsWithoutProblems() {
    Curriculum c = CurriculumParser.parse(real());

    assertEquals(List.of(), c.problems().stream().map(LoadProblem::toString).toList());
    assertEquals(
        List.of(
            "pain-alarm-system",
            "brain-builds-pain",
            "central-sensitisation",
            "stress-and-pain",
            "touch-and-massage",
            "expectations-and-care",
            "self-care",
            "three-kinds-of-pain",
            "moving-again",
            "flare-ups-and-setbacks",
            "medicines-scans-and-procedures",
            "living-well-with-pain"),
        c.modules().stream().map(ParsedModule::slug).toList());
    for (ParsedModule m : c.modules()) {
      assertTrue(m.pages().size() >= 3 && m.pages().size() <= 6, m.slug() + " has 3-6 pages");
      assertFalse(m.objectives().isEmpty(), m.slug() + " has objectives");
      assertFalse(m.keyPoints().isEmpty(), m.slug() + " has key points");
      assertFalse(m.safety().isBlank(), m.slug() + " has a safety note");
      assertTrue(m.quizGift().isPresent(), m.slug() + " has a starter quiz");
      assertTrue(
          m.images().keySet().stream().anyMatch(k -> k.endsWith(".svg")),
          m.slug() + " has a diagram");
      assertFalse(m.referencesHtml().isBlank(), m.slug() + " has references");
    }
    assertTrue(c.glossary().size() >= 20);
  }

  @Test
  void pagesAreRenderedWithGlossaryPopoversAnchorsAndSafeImages() {
    ParsedModule alarm = CurriculumParser.parse(real()).module("pain-alarm-system").orElseThrow();
    String all = alarm.pages().stream().map(ParsedPage::html).collect(Collectors.joining());

    assertTrue(all.contains("class=\"pw-term\""), "glossary terms become buttons");
    assertTrue(all.contains("aria-controls=\"term-"), "each button controls its definition");
    assertTrue(all.contains("role=\"note\""));
    assertTrue(all.contains("src=\"../../lesson-media/pain-alarm-system/images/"), all);
    assertTrue(
        all.contains("href=\"../self-care/when-to-see-a-doctor\""),
        "module 1 links to the red flags");
    assertTrue(alarm.pages().get(0).anchors().size() > 0, "headings have anchors");
    assertTrue(all.contains("<h2 id=\""));
  }

  @Test
  void everyStarterQuizPageLinkPointsAtARealPageAndAnchor() {
    Curriculum c = CurriculumParser.parse(real());
    java.util.regex.Pattern link =
        java.util.regex.Pattern.compile("\\[page:([a-z0-9-]+)(#([a-z0-9-]+))?\\]");
    List<String> broken = new java.util.ArrayList<>();
    for (ParsedModule m : c.modules()) {
      java.util.regex.Matcher matcher = link.matcher(m.quizGift().orElse(""));
      while (matcher.find()) {
        String page = matcher.group(1);
        String anchor = matcher.group(3);
        var target = m.pages().stream().filter(p -> p.slug().equals(page)).findFirst();
        if (target.isEmpty() || (anchor != null && !target.get().anchors().contains(anchor))) {
          broken.add(m.slug() + ": " + matcher.group());
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void eachKindOfBrokenFileIsNamedWithItsLineAndTheOtherModulesStillLoad() {
    SortedMap<String, byte[]> files = real();
    int good = CurriculumParser.parse(files).modules().size();
    replace(files, "01-pain-alarm-system/01-what-pain-is.md", "---\ntitle: [oops\n---\nBody");
    replace(
        files,
        "02-brain-builds-pain/01-pain-is-an-output.md",
        "---\ntitle: Output\n---\n\nA line.\n\n![A diagram](images/nowhere.svg)\n");
    replace(
        files,
        "03-central-sensitisation/01-when-the-alarm-stays-on.md",
        "---\ntitle: Alarm\n---\nFirst line.\n\nSee the [gremlin](glossary:gremlin).\n");
    replace(files, "04-stress-and-pain/module.yaml", "slug: stress-and-pain\ntitle: [unclosed\n");

    Curriculum c = CurriculumParser.parse(files);
    List<String> report = c.problems().stream().map(LoadProblem::toString).toList();

    assertTrue(
        report.stream()
            .anyMatch(
                p ->
                    p.startsWith("01-pain-alarm-system/01-what-pain-is.md:") && p.contains("YAML")),
        report.toString());
    assertTrue(
        report.contains(
            "02-brain-builds-pain/01-pain-is-an-output.md:7: the image "
                + "images/nowhere.svg is missing from the module's images folder"),
        report.toString());
    assertTrue(
        report.contains(
            "03-central-sensitisation/01-when-the-alarm-stays-on.md:6: "
                + "unknown glossary term 'gremlin': add it to lessons/glossary.yaml"),
        report.toString());
    assertTrue(
        report.stream().anyMatch(p -> p.startsWith("04-stress-and-pain/module.yaml:")),
        report.toString());
    assertEquals(good - 4, c.modules().size(), "the four broken modules are left out");
    assertTrue(c.module("touch-and-massage").isPresent(), "the others still load");
  }

  @Test
  void everyDiagramLinksToItsFileToOpenItFullSize() {
    Curriculum c = CurriculumParser.parse(real());
    int diagrams = 0;
    java.util.regex.Pattern img =
        java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"[^>]*class=\"pw-diagram\"");
    for (ParsedModule m : c.modules()) {
      for (ParsedPage p : m.pages()) {
        java.util.regex.Matcher found = img.matcher(p.html());
        while (found.find()) {
          diagrams++;
          String src = found.group(1);
          assertTrue(src.startsWith("../../lesson-media/" + m.slug() + "/images/"), src);
          assertTrue(
              p.html()
                  .contains("<a class=\"pw-diagram-link\" href=\"" + src + "\"><img src=\"" + src),
              "the diagram "
                  + src
                  + " of "
                  + m.slug()
                  + "/"
                  + p.slug()
                  + " opens full size: "
                  + p.html());
        }
      }
    }
    assertTrue(diagrams >= 12, "the curriculum has its diagrams: " + diagrams);
  }

  @Test
  void rawHtmlAndScriptsInMarkdownNeverReachThePage() {
    SortedMap<String, byte[]> files = real();
    replace(
        files,
        "07-self-care/01-slow-breathing.md",
        "---\ntitle: Breath\n---\n"
            + "Hello <script>alert(1)</script> and [bad](javascript:alert(1)).\n\n"
            + "<img src=x onerror=alert(2)>\n");
    String html =
        CurriculumParser.parse(files).module("self-care").orElseThrow().pages().get(0).html();
    assertFalse(html.contains("<script"), "no live script element: " + html);
    assertFalse(html.contains("<img src=\"x\"") || html.contains("onerror="), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("&lt;script&gt;"), "the raw HTML is shown as text: " + html);
  }

  @Test
  void parsingTheSameFilesTwiceGivesTheSameHashes() {
    Curriculum first = CurriculumParser.parse(real());
    Curriculum second = CurriculumParser.parse(real());
    assertEquals(
        first.modules().stream().map(ParsedModule::contentHash).toList(),
        second.modules().stream().map(ParsedModule::contentHash).toList());

    SortedMap<String, byte[]> edited = real();
    replace(edited, "05-touch-and-massage/references.md", "# References\n\nChanged.\n");
    Curriculum third = CurriculumParser.parse(edited);
    assertFalse(
        first
            .module("touch-and-massage")
            .orElseThrow()
            .contentHash()
            .equals(third.module("touch-and-massage").orElseThrow().contentHash()),
        "an edited file changes its module's hash");
    assertEquals(
        first.module("self-care").orElseThrow().contentHash(),
        third.module("self-care").orElseThrow().contentHash(),
        "other modules keep theirs");
  }

  @Test
  void anchorsAreLowerCaseWithDashes() {
    assertEquals("why-pain-can-linger", LessonRenderer.anchor("Why pain can linger"));
    assertEquals("hurt-is-not-always-harm", LessonRenderer.anchor("Hurt is not always harm!"));
    assertEquals("whats-the-gate", LessonRenderer.anchor("What's the  gate?"));
  }

  private static void replace(SortedMap<String, byte[]> files, String path, String content) {
    assertTrue(files.containsKey(path), "fixture file exists: " + path);
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
  }
}
