package org.painwise.quiz.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads quiz questions from a file format. Implementations never throw for bad content: they report
 * it in the {@link ParseResult}.
 */
public interface QuizReader {

  /**
   * @param source the whole file
   * @return the questions and problems found
   * @throws QuizFormatException only if {@code source} is null
   */
  ParseResult read(String source);

  /**
   * Reads the whole of {@code source} (the caller closes it).
   *
   * @throws QuizFormatException if {@code source} is null or cannot be read
   */
  default ParseResult read(Reader source) {
    QuizFormatException.requireNonNull(source, "source");
    StringWriter text = new StringWriter();
    try {
      source.transferTo(text);
    } catch (IOException | UncheckedIOException e) {
      throw new QuizFormatException("Could not read the quiz: " + e.getMessage(), e);
    }
    return read(text.toString());
  }

  /**
   * Reads the whole of {@code source} as UTF-8 (the caller closes it).
   *
   * @throws QuizFormatException if {@code source} is null or cannot be read
   */
  default ParseResult read(InputStream source) {
    QuizFormatException.requireNonNull(source, "source");
    return read(new InputStreamReader(source, StandardCharsets.UTF_8));
  }
}
