package org.painwise.bench.soak;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the server acknowledged during a soak run, one tab-separated line each, written as it
 * happens (and flushed, so that a run that dies still leaves what it got):
 *
 * <pre>
 * answer    EMAIL MODULE ATTEMPT_ID QUESTION_NUMBER VALUE   an answer's save showed "saved"
 * submitted EMAIL MODULE ATTEMPT_ID ATTEMPT_NUMBER          a submit reached the attempt's result
 * checkin   EMAIL                                           a check-in showed "saved"
 * problem   EMAIL TEXT                                      a page lacked what a user needed
 * </pre>
 *
 * One virtual user is one patient, and its requests follow one another, so for each account the
 * lines are in the order the server acknowledged them.
 */
final class SoakLedger {

  private static SoakLedger open;

  private final BufferedWriter out;

  private SoakLedger(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      out =
          Files.newBufferedWriter(
              file,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ledger of this run: a new, empty file at the first call. */
  static synchronized SoakLedger at(Path file) {
    if (open == null) {
      open = new SoakLedger(file);
    }
    return open;
  }

  /** Closes the ledger of this run, so that the next run starts a new one. */
  static synchronized void closeCurrent() {
    if (open != null) {
      try {
        open.out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      open = null;
    }
  }

  void answer(String email, String module, long attemptId, int question, String value) {
    write("answer", email, module, attemptId, question, value);
  }

  void submitted(String email, String module, long attemptId, int number) {
    write("submitted", email, module, attemptId, number);
  }

  void checkin(String email) {
    write("checkin", email);
  }

  void problem(String email, String text) {
    write("problem", email, text.replace('\t', ' ').replace('\n', ' '));
  }

  private synchronized void write(Object... fields) {
    StringBuilder line = new StringBuilder();
    for (Object f : fields) {
      line.append(line.length() == 0 ? "" : "\t").append(f);
    }
    try {
      out.write(line.append('\n').toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
