package org.painwise.config;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where and when the H2 database is backed up (README "Database" > "Backups"), each from a system
 * property or else its environment variable:
 *
 * <ul>
 *   <li>{@code painwise.backup.dir} ({@code PAINWISE_BACKUP_DIR}): the folder of the zip files; by
 *       default {@code backups} beside the database file.
 *   <li>{@code painwise.backup.schedule}: the time of the daily backup, {@code HH:MM} in the
 *       server's time zone, or {@code off}; by default {@value #DEFAULT_SCHEDULE}.
 *   <li>{@code painwise.backup.keep}: how many backups to keep, the newest; by default {@value
 *       #DEFAULT_KEEP}. Older ones are deleted after each new backup.
 * </ul>
 */
public final class BackupSettings {

  static final String DEFAULT_SCHEDULE = "02:30";
  static final int DEFAULT_KEEP = 7;

  private BackupSettings() {}

  public static Path dir() {
    return Settings.read("painwise.backup.dir")
        .map(Path::of)
        .orElseGet(
            () -> {
              // The datasource's own default (configure-server.cli): painwise.db.path, else
              // PAINWISE_DB_PATH, else ./data/painwise, relative to the server's working folder.
              Path db =
                  Path.of(Settings.read("painwise.db.path").orElse("./data/painwise"))
                      .toAbsolutePath();
              return db.getParent().resolve("backups");
            })
        .toAbsolutePath()
        .normalize();
  }

  /** The time of the daily backup, or empty when scheduled backups are off. */
  public static Optional<LocalTime> schedule() {
    return schedule(Settings.read("painwise.backup.schedule").orElse(DEFAULT_SCHEDULE));
  }

  static Optional<LocalTime> schedule(String value) {
    if (value.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "painwise.backup.schedule must be HH:MM or off, not " + value, e);
    }
  }

  public static int keep() {
    return keep(Settings.read("painwise.backup.keep").orElse(String.valueOf(DEFAULT_KEEP)));
  }

  static int keep(String value) {
    try {
      int keep = Integer.parseInt(value);
      if (keep >= 1) {
        return keep;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException("painwise.backup.keep must be 1 or more, not " + value);
  }
}
