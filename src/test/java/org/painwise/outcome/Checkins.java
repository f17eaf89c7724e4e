package org.painwise.outcome;

import java.lang.reflect.Field;
import java.time.Instant;

/** Check-ins for unit tests outside this package, as if saved with an id. */
public final class Checkins {

  private Checkins() {}

  /** A saved check-in: {@code id}, taken at {@code at}, with the draft's answers. */
  public static Checkin saved(long id, Instant at, CheckinDraft draft) {
    Checkin c = new Checkin(1L, draft, at);
    try {
      Field f = Checkin.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(c, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return c;
  }
}
