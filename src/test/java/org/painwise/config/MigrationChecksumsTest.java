package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A released migration never changes. Every file in db/migration is pinned in {@code
 * src/test/resources/db/released-migrations.txt} with its checksum as Flyway computes it (a CRC32
 * of the file's lines, line endings left out; the number Flyway records in {@code
 * flyway_schema_history} and validates at every start-up). The checksums come from Flyway itself,
 * with the app's configuration, on an empty in-memory database.
 *
 * <p>A changed, renamed or removed pinned file fails, and so does a file that is not pinned yet, so
 * the list stays complete; a new file must also be date-stamped, because out-of-order migration is
 * only safe for date-stamped versions (see {@link DatabaseMigration}).
 */
class MigrationChecksumsTest {

  static final String PINS = "src/test/resources/db/released-migrations.txt";

  private static final Pattern DATE_STAMPED =
      Pattern.compile("V(\\d{4})_(\\d{2})_(\\d{2})_(\\d+)__[a-z0-9_]+\\.sql");

  /** The migrations that were released with a plain version number, before date stamps. */
  private static final List<String> PLAIN_NUMBERS =
      List.of(
          "V1__accounts.sql", "V2__lessons_and_progress.sql", "V3__quizzes.sql", "V4__clinic.sql");

  @Test
  void everyMigrationIsPinnedAndUnchanged() throws IOException {
    Map<String, Integer> pinned = pinned();
    Map<String, Integer> actual = flywayChecksums();
    List<String> problems = new ArrayList<>();
    pinned.forEach(
        (file, checksum) -> {
          Integer now = actual.get(file);
          if (now == null) {
            problems.add(
                file
                    + " was released and is gone or renamed. A released migration is never"
                    + " renamed or removed: restore it, and write a new migration instead.");
          } else if (!now.equals(checksum)) {
            problems.add(
                file
                    + " changed (pinned checksum "
                    + checksum
                    + ", now "
                    + now
                    + "). A released migration never changes, as databases have run it: restore"
                    + " it, and write a new migration instead.");
          }
        });
    actual.forEach(
        (file, checksum) -> {
          if (!pinned.containsKey(file)) {
            problems.add(
                file
                    + " is not pinned. Once it is final, add this line to "
                    + PINS
                    + ": \""
                    + file
                    + " "
                    + checksum
                    + "\"; from then on it never changes.");
          }
        });
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everyFileInTheFolderIsAMigrationThatFlywayRuns() throws IOException, URISyntaxException {
    Path folder =
        Paths.get(getClass().getClassLoader().getResource("db/migration").toURI()).normalize();
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> listed = Files.list(folder)) {
      listed.forEach(p -> files.add(p.getFileName().toString()));
    }
    assertEquals(
        files,
        new TreeSet<>(flywayChecksums().keySet()),
        "Flyway skips a file in db/migration that is not named V<version>__<what>.sql");
  }

  @Test
  void newMigrationsAreDateStampedWithARealDate() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String file : flywayChecksums().keySet()) {
      if (PLAIN_NUMBERS.contains(file)) {
        continue;
      }
      Matcher m = DATE_STAMPED.matcher(file);
      if (!m.matches()) {
        problems.add(
            file
                + " is not date-stamped. Name a new migration V<yyyy>_<mm>_<dd>_<n>__what.sql"
                + " (lower case), for example V2026_11_28_1__lenient_short_answers.sql; a plain"
                + " number would sort before every date-stamped version.");
        continue;
      }
      try {
        LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        problems.add(file + " has no real date in its version: " + e.getMessage());
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void theVersionTwoChecksumsInDatabaseMigrationAreTheReleasedOnes() throws IOException {
    assertEquals(pinned().get("V2__lessons_and_progress.sql"), DatabaseMigration.V2_CHECKSUM);
    // The first V2 is kept in db/history as it was released (commit 32b3159).
    assertEquals(
        DatabaseMigration.FIRST_V2_CHECKSUM,
        flywayChecksums("filesystem:src/test/resources/db/history/32b3159")
            .get("V2__lessons_and_progress.sql"));
  }

  /** The pinned list: file name to checksum. */
  static Map<String, Integer> pinned() throws IOException {
    Map<String, Integer> pins = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(PINS))) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+");
      assertEquals(2, parts.length, () -> PINS + ": not \"<file> <checksum>\": " + line);
      Integer previous = pins.put(parts[0], Integer.valueOf(parts[1]));
      assertEquals(null, previous, () -> PINS + " pins " + parts[0] + " twice");
    }
    return pins;
  }

  /** Flyway's checksum of every migration the app resolves, by file name. */
  static Map<String, Integer> flywayChecksums() {
    return flywayChecksums(null);
  }

  private static Map<String, Integer> flywayChecksums(String location) {
    JdbcDataSource empty = new JdbcDataSource();
    empty.setURL("jdbc:h2:mem:");
    var configuration = DatabaseMigration.configuration(empty);
    if (location != null) {
      configuration.locations(location);
    }
    Map<String, Integer> checksums = new TreeMap<>();
    for (MigrationInfo info : configuration.load().info().all()) {
      checksums.put(info.getScript(), info.getChecksum());
    }
    return checksums;
  }
}
