package org.painwise.config;

import java.time.LocalTime;
import java.util.Optional;

/** Opens BackupSettings' parsing to tests in other packages. */
public final class BackupSettingsAccess {

  private BackupSettingsAccess() {}

  public static Optional<LocalTime> schedule(String value) {
    return BackupSettings.schedule(value);
  }

  public static int keep(String value) {
    return BackupSettings.keep(value);
  }
}
