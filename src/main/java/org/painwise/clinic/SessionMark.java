package org.painwise.clinic;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A "discussed in session" mark, on a module ({@link DiscussedMark}) or on a journal item ({@link
 * JournalDiscussedMark}): both are saved by the same rule, {@link #save}. The two entities keep
 * their own columns: a first try with a mapped superclass stored 0 as the therapist in the server
 * (cause not found), so only the behaviour is shared.
 */
public interface SessionMark {

  /** A new note and time for a mark made again. */
  void update(String note, Instant when);

  /**
   * Saves a mark: a new one when {@code existing} is empty, else the existing one with the new note
   * and time. A blank note is no note.
   *
   * @throws ConstraintViolationException when the note is too long (nothing is saved)
   */
  static <M extends SessionMark> M save(
      EntityManager em,
      Validator validator,
      List<M> existing,
      String note,
      BiFunction<String, Instant, M> fresh) {
    String text = note == null || note.isBlank() ? null : note.strip();
    Instant now = Instant.now();
    M mark;
    if (existing.isEmpty()) {
      mark = fresh.apply(text, now);
    } else {
      mark = existing.get(0);
      mark.update(text, now);
    }
    var violations = validator.validate(mark);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    if (existing.isEmpty()) {
      em.persist(mark);
    }
    return mark;
  }
}
