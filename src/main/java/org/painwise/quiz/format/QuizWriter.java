package org.painwise.quiz.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes quiz questions in a file format. */
public interface QuizWriter {

  /**
   * @param questions the questions, in order; a category line is written whenever the category
   *     changes
   * @return the file's text
   * @throws QuizFormatException only if {@code questions} or one of them is null
   */
  String write(List<ParsedQuestion> questions);

  /**
   * Writes the questions to {@code target} (the caller closes it).
   *
   * @throws QuizFormatException if an argument is null or writing fails
   */
  default void write(List<ParsedQuestion> questions, Writer target) {
    QuizFormatException.requireNonNull(target, "target");
    String text = write(questions);
    try {
      target.write(text);
      target.flush();
    } catch (IOException e) {
      throw new QuizFormatException("Could not write the quiz: " + e.getMessage(), e);
    }
  }
}
