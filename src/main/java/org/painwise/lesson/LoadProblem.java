package org.painwise.lesson;

/**
 * Something wrong in one lesson file, with the line it is on (1-based; 0 when unknown).
 *
 * @param kind a broken file, or a translation that is missing or older than its English file
 */
public record LoadProblem(String file, int line, String message, Kind kind) {

  /** What kind of problem. */
  public enum Kind {
    /** The file cannot be used as it is; a broken English file keeps its module from loading. */
    BROKEN,
    /** A translation that the module needs is not there; English is shown instead. */
    MISSING_TRANSLATION,
    /** A translation of an older English file (its {@code translationOf} hash differs). */
    STALE_TRANSLATION
  }

  /** A broken file. */
  public LoadProblem(String file, int line, String message) {
    this(file, line, message, Kind.BROKEN);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
