package org.painwise.config;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure of the database to store or read data (a full disk, a closed H2 database, a lost
 * connection, a transaction that could not commit) from a bug or a business rule. Such a failure
 * means that nothing the request tried to write was saved, and that trying again later may work:
 * {@link StorageFailureExceptionHandlerFactory} and {@link StorageFailureMapper} answer it so.
 */
public final class StorageFailure {

  /** The message a person sees when what they did was not saved. */
  public static final String NOT_SAVED = "storage.message.error.notSaved";

  private StorageFailure() {}

  /**
   * Tells {@link StorageProbe} that a write failed for a storage reason, so that health reports
   * DOWN until the database proves it has room again.
   */
  public static void seen() {
    try {
      CDI.current().select(StorageProbe.class).get().failureSeen();
    } catch (IllegalStateException noContainer) {
      // outside the server (unit tests): there is no health to update
    }
  }

  /**
   * True when {@code t} or one of its causes comes from the database or the transaction manager: an
   * {@link SQLException} (Hibernate wraps them, with the SQL error as the cause), a commit that
   * failed ({@link RollbackException} and the heuristic outcomes, {@link SystemException}); a pool
   * that cannot hand out a connection throws an {@link SQLException} too. Optimistic locking and
   * bean validation never reach the database and are not storage failures.
   */
  public static boolean isCause(Throwable t) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable c = t; c != null && seen.put(c, Boolean.TRUE) == null; c = c.getCause()) {
      if (c instanceof SQLException
          || c instanceof RollbackException
          || c instanceof HeuristicMixedException
          || c instanceof HeuristicRollbackException
          || c instanceof SystemException) {
        return true;
      }
    }
    return false;
  }
}
