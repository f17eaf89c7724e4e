package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StorageFailureTest {

  @Test
  void aDatabaseErrorAnywhereInTheChainIsAStorageFailure() {
    SQLException full = new SQLException("General error: Writing failed", "HY000", 50000);
    assertTrue(StorageFailure.isCause(new PersistenceException("could not execute", full)));
    assertTrue(
        StorageFailure.isCause(
            new TransactionalException("commit", new RollbackException("ARJUNA016053"))));
    assertTrue(StorageFailure.isCause(new IllegalStateException(new RuntimeException(full))));
  }

  @Test
  void bugsAndBusinessRulesAreNot() {
    assertFalse(StorageFailure.isCause(new OptimisticLockException("stale")));
    assertFalse(StorageFailure.isCause(new IllegalStateException("bug")));
    assertFalse(StorageFailure.isCause(null));
  }
}
