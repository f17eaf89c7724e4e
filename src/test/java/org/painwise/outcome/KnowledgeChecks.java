package org.painwise.outcome;

import java.lang.reflect.Field;
import java.time.Instant;

/** Knowledge checks for unit tests outside this package, as if saved with an id. */
public final class KnowledgeChecks {

  private KnowledgeChecks() {}

  /** A saved attempt: {@code id}, taken at {@code at}, with the draft's answers. */
  public static KnowledgeCheck saved(long id, Instant at, KnowledgeDraft draft) {
    KnowledgeCheck k = new KnowledgeCheck(1L, draft.getToken(), draft.parsed(), at);
    try {
      Field f = KnowledgeCheck.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(k, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return k;
  }
}
