package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painwise.lesson.Curriculum;
import org.painwise.lesson.CurriculumFiles;
import org.painwise.lesson.CurriculumParser;
import org.painwise.lesson.Readability;

/**
 * The knowledge check's statements: 12 to 16, at least one for each module, each linked to a
 * section that exists in the lessons, worded in both languages, and plain (grade 8 or below).
 */
class KnowledgeStatementTest {

  static final Path LESSONS = Path.of(System.getProperty("painwise.lessons.dir", "lessons"));

  @Test
  void twelveToSixteenStatementsCoverEveryModuleWithBothAnswers() {
    int n = KnowledgeStatement.values().length;
    assertTrue(n >= 12 && n <= 16, "statements: " + n);
    assertTrue(n <= KnowledgeCheck.ANSWERS_MAX);
    Curriculum c = curriculum();
    Set<String> modules =
        c.modules().stream().map(Curriculum.ParsedModule::slug).collect(Collectors.toSet());
    Set<String> covered = new TreeSet<>();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      covered.add(s.module());
    }
    assertEquals(new TreeSet<>(modules), covered, "every module has a statement");
    long trues =
        java.util.Arrays.stream(KnowledgeStatement.values())
            .filter(s -> s.answer() == KnowledgeAnswer.TRUE)
            .count();
    assertTrue(trues >= n / 3 && n - trues >= n / 3, "a mix of true and false: " + trues);
  }

  @Test
  void everyExplanationLinksToASectionThatExists() {
    Curriculum c = curriculum();
    assertTrue(c.problems().isEmpty(), () -> "lessons load: " + c.problems());
    List<String> broken = new ArrayList<>();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      String[] path = s.lesson().split("[/#]");
      boolean found =
          c.module(path[0]).stream()
              .flatMap(m -> m.pages().stream())
              .anyMatch(p -> p.slug().equals(path[1]) && p.anchors().contains(path[2]));
      if (!found) {
        broken.add(s + " -> " + s.lesson());
      }
    }
    assertTrue(broken.isEmpty(), () -> "links to no section: " + broken);
  }

  @Test
  void everyStatementAndExplanationIsInBothBundlesAndReadsAtGradeEightOrBelow() throws Exception {
    Properties en = load("/i18n/messages.properties");
    Properties fr = load("/i18n/messages_fr.properties");
    StringBuilder all = new StringBuilder();
    List<String> hard = new ArrayList<>();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      for (String kind : List.of("statement", "explanation")) {
        String key = "knowledge." + kind + "." + s.getKey();
        String text = en.getProperty(key);
        assertFalse(text == null || text.isBlank(), key);
        assertFalse(fr.getProperty(key, "").isBlank(), key + " in French");
        assertFalse(text.equals(fr.getProperty(key)), key + " is translated");
        all.append(text).append('\n');
        if (kind.equals("statement")) {
          Readability.Score one = Readability.score(text);
          if (one.grade() > 10) {
            hard.add(key + ": " + one.grade());
          }
        }
      }
      String explanation = en.getProperty("knowledge.explanation." + s.getKey());
      assertTrue(
          explanation.startsWith(s.answer() == KnowledgeAnswer.TRUE ? "True." : "False."),
          "the explanation starts with the right answer: " + s);
    }
    Readability.Score score = Readability.score(all.toString());
    assertTrue(score.grade() <= 8.0, "grade " + score.grade());
    assertTrue(hard.isEmpty(), () -> "hard statements: " + hard);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = KnowledgeStatementTest.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Curriculum curriculum() {
    return CurriculumParser.parse(CurriculumFiles.readDirectory(LESSONS));
  }
}
