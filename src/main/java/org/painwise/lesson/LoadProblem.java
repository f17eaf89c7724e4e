package org.painwise.lesson;

/** Something wrong in one lesson file, with the line it is on (1-based; 0 when unknown). */
public record LoadProblem(String file, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
