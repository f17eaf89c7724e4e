package org.painwise.quiz.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: resources and comparing questions read from different files. */
final class TestFiles {
  private TestFiles() {}

  static String resource(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the questions with their line numbers zeroed, for comparing across files
   */
  static List<ParsedQuestion> withoutLines(List<ParsedQuestion> questions) {
    return questions.stream().map(q -> q.withLine(0)).toList();
  }
}
