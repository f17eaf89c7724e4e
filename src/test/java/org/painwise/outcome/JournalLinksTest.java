package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.lesson.Curriculum;
import org.painwise.lesson.CurriculumFiles;
import org.painwise.lesson.CurriculumParser;

/** Every side and category of the journal links to a section of the lesson that exists. */
class JournalLinksTest {

  static final Path LESSONS = Path.of(System.getProperty("painwise.lessons.dir", "lessons"));

  @Test
  void everySideAndCategoryLinksToASectionThatExists() {
    Curriculum c = CurriculumParser.parse(CurriculumFiles.readDirectory(LESSONS));
    assertTrue(c.problems().isEmpty(), () -> "lessons load: " + c.problems());
    List<String> hrefs = new ArrayList<>();
    for (JournalSide s : JournalSide.values()) {
      hrefs.add(s.getHref());
    }
    for (JournalCategory k : JournalCategory.values()) {
      hrefs.add(k.getHref());
    }
    List<String> broken = new ArrayList<>();
    for (String href : hrefs) {
      String[] path = href.substring("lessons/".length()).split("[/#]");
      boolean found =
          c.module(path[0]).stream()
              .flatMap(m -> m.pages().stream())
              .anyMatch(p -> p.slug().equals(path[1]) && p.anchors().contains(path[2]));
      if (!found) {
        broken.add(href);
      }
    }
    assertTrue(broken.isEmpty(), () -> "links to no section: " + broken);
  }
}
