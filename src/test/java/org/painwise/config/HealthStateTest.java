package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one health contract: ready only with a writable database AND the migrations run. */
class HealthStateTest {

  private static HealthState.State state(boolean writable, String version) {
    return new HealthState.State(new StorageProbe.Status(writable, "H2", 0), version);
  }

  @Test
  void readyWhenWritableAndMigrated() {
    assertTrue(state(true, "2026.11.28.31").ready());
    assertTrue(HealthResource.json(state(true, "2026.11.28.31")).startsWith("{\"status\":\"UP\""));
    assertEquals("UP", HealthChecks.database(state(true, "1")).getStatus().name());
    assertEquals("UP", HealthChecks.migrations(state(true, "1")).getStatus().name());
  }

  @Test
  void notReadyBeforeTheMigrationsRan() {
    HealthState.State before = state(true, null);
    assertFalse(before.ready());
    assertTrue(HealthResource.json(before).startsWith("{\"status\":\"DOWN\""));
    assertEquals("DOWN", HealthChecks.migrations(before).getStatus().name());
  }

  @Test
  void notReadyWhileTheDatabaseCannotWrite() {
    HealthState.State full = state(false, "2026.11.28.31");
    assertFalse(full.ready());
    assertEquals("DOWN", HealthChecks.database(full).getStatus().name());
    assertEquals("UP", HealthChecks.migrations(full).getStatus().name());
  }
}
