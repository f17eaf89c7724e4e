package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.painwise.config.UpgradeFixtures.Level;

/**
 * A database at every released schema level upgrades to today's schema with the app's own Flyway
 * configuration ({@link DatabaseMigration#configuration}), and keeps its data. The fixtures in
 * {@code src/test/resources/db/upgrade/} were made by {@link UpgradeFixtures} from the migration
 * files as released, with an account, reading progress, a quiz and an attempt, and the clinic's
 * rows where the schema has them.
 */
class UpgradeTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  static Stream<Level> levels() {
    return UpgradeFixtures.LEVELS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("levels")
  void upgradesToTodaysSchemaAndKeepsTheData(Level level) throws SQLException {
    JdbcDataSource db = load(level);
    assertEquals(
        level.applied().stream().map(r -> versionOf(r.file())).toList(),
        appliedVersions(db),
        "the fixture holds the versions of its level");
    Map<String, Long> rowsBefore = rowCounts(db);
    boolean firstV2 = level.applied().contains(UpgradeFixtures.FIRST_V2);
    if (level.applied().size() > 1) {
      assertEquals(
          firstV2 ? DatabaseMigration.FIRST_V2_CHECKSUM : DatabaseMigration.V2_CHECKSUM,
          checksumOfVersion2(db),
          "the fixture records the V2 it was made with");
    }

    DatabaseMigration.migrate(db);

    Flyway flyway = DatabaseMigration.configuration(db).load();
    assertTrue(flyway.validateWithResult().validationSuccessful, "validates after the upgrade");
    assertEquals(0, flyway.info().pending().length, "nothing left to apply");
    assertEquals(latestVersion(), flyway.info().current().getVersion());
    assertEquals(schema(fresh()), schema(db), "the same schema as a new database");
    assertTrue(columns(db, "LESSON_MODULE").contains("REFERENCES_HTML"));
    assertTrue(columns(db, "QUIZ_QUESTION").contains("LENIENT_MATCH"));
    assertTrue(columns(db, "QUIZ_VERSION_QUESTION").contains("LENIENT_MATCH"));
    assertEquals(DatabaseMigration.V2_CHECKSUM, checksumOfVersion2(db));

    Map<String, Long> rowsAfter = rowCounts(db);
    rowsBefore.forEach(
        (table, rows) -> assertEquals(rows, rowsAfter.get(table), table + ": rows kept"));
    assertEquals(
        "Pat Upgrade", text(db, "SELECT display_name FROM account WHERE id = 1"), "the account");
    if (level.applied().size() > 1) {
      assertEquals(1L, count(db, "SELECT COUNT(*) FROM page_progress WHERE account_id = 1"));
      assertEquals("2", text(db, "SELECT page_id FROM lesson_visit WHERE account_id = 1"));
      assertEquals(
          firstV2 ? "" : "<p>Moseley 2003</p>",
          text(db, "SELECT references_html FROM lesson_module WHERE id = 1"));
      assertEquals(
          firstV2 ? "" : "hash-v2",
          text(db, "SELECT content_hash FROM lesson_module WHERE id = 1"),
          "a module that lacked its references is loaded again from lessons/");
    }
    if (level.applied().contains(UpgradeFixtures.V3)) {
      assertEquals(
          "100 brain",
          text(
              db,
              "SELECT a.score_percent || ' ' || r.response FROM quiz_attempt a"
                  + " JOIN quiz_answer r ON r.attempt_id = a.id WHERE a.account_id = 1"),
          "the submitted attempt and its answer");
      assertEquals(
          level.applied().contains(UpgradeFixtures.V2026_11_28_1) ? "TRUE" : "FALSE",
          text(db, "SELECT lenient_match FROM quiz_question WHERE id = 1"),
          "lenient matching as the educator left it (existing questions stay exact)");
    }
    if (level.applied().contains(UpgradeFixtures.V4)) {
      assertEquals(1L, count(db, "SELECT COUNT(*) FROM care_link WHERE patient_id = 1"));
      assertEquals(1L, count(db, "SELECT COUNT(*) FROM assignment WHERE patient_id = 1"));
    }
  }

  @Test
  void v3ArrivesAfterV4OnADatabaseThatHadV4First() throws SQLException {
    JdbcDataSource db = load(level("4_v4-without-v3"));

    DatabaseMigration.migrate(db);

    List<String> order = appliedVersions(db);
    assertTrue(
        order.indexOf("3") > order.indexOf("4"),
        () -> "V3 applied out of order, after V4: " + order);
  }

  @Test
  void withoutOutOfOrderTheV4FirstDatabaseWouldNotUpgrade() throws SQLException {
    JdbcDataSource db = load(level("4_v4-without-v3"));

    Flyway inOrder = DatabaseMigration.configuration(db).outOfOrder(false).load();

    FlywayException e = assertThrows(FlywayException.class, inOrder::migrate);
    assertTrue(e.getMessage().contains("not applied to database: 3"), e::getMessage);
  }

  @Test
  void anyOtherVersion2ChecksumStillFailsValidation() throws SQLException {
    JdbcDataSource db = load(level("3_v2"));
    execute(
        db, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'");

    FlywayException e = assertThrows(FlywayException.class, () -> DatabaseMigration.migrate(db));

    assertTrue(e.getMessage().contains("checksum mismatch"), e::getMessage);
    assertEquals(12345, checksumOfVersion2(db), "the unknown checksum is left as it was");
  }

  @Test
  void theFirstV2IsAcceptedByAnExplicitValidateToo() throws SQLException {
    JdbcDataSource db = load(level("2_v2-first"));

    Flyway flyway = DatabaseMigration.configuration(db).ignoreMigrationPatterns("*:pending").load();

    assertTrue(flyway.validateWithResult().validationSuccessful);
    assertEquals(DatabaseMigration.V2_CHECKSUM, checksumOfVersion2(db));
  }

  @Test
  void aNewDatabaseGetsEveryMigration() throws SQLException {
    JdbcDataSource db = fresh();

    Flyway flyway = DatabaseMigration.configuration(db).load();

    assertEquals(0, flyway.info().pending().length);
    assertEquals(latestVersion(), flyway.info().current().getVersion());
  }

  private static Level level(String name) {
    return UpgradeFixtures.LEVELS.stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** A new in-memory database with the fixture of the level loaded. */
  private static JdbcDataSource load(Level level) throws SQLException {
    JdbcDataSource db = memory();
    execute(db, "RUNSCRIPT FROM 'classpath:/db/upgrade/" + level.name() + ".sql'");
    return db;
  }

  /** A new in-memory database with today's schema, made from scratch. */
  private static JdbcDataSource fresh() {
    JdbcDataSource db = memory();
    DatabaseMigration.migrate(db);
    return db;
  }

  private static JdbcDataSource memory() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:upgrade-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    db.setUser("sa");
    return db;
  }

  private static MigrationVersion latestVersion() {
    return Stream.of(DatabaseMigration.configuration(memory()).load().info().all())
        .map(MigrationInfo::getVersion)
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  private static String versionOf(String file) {
    return file.substring(1, file.indexOf("__")).replace('_', '.');
  }

  /** The versions in Flyway's history, in the order they were applied. */
  private static List<String> appliedVersions(JdbcDataSource db) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  private static int checksumOfVersion2(JdbcDataSource db) throws SQLException {
    return Integer.parseInt(
        text(db, "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '2'"));
  }

  /** Every column of every table, with its type, size, nullability and default. */
  private static Set<String> schema(JdbcDataSource db) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name, data_type, character_maximum_length,"
                    + " numeric_precision, numeric_scale, is_nullable, column_default"
                    + " FROM information_schema.columns WHERE table_schema = 'PUBLIC'")) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
          row.add(rs.getString(i));
        }
        columns.add(String.join(" ", String.valueOf(row)));
      }
    }
    return columns;
  }

  private static Set<String> columns(JdbcDataSource db, String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection c = db.getConnection();
        ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  /** The number of rows of every table but Flyway's history. */
  private static Map<String, Long> rowCounts(JdbcDataSource db) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
      while (rs.next()) {
        if (!rs.getString("TABLE_NAME").equals("flyway_schema_history")) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      counts.put(table, count(db, "SELECT COUNT(*) FROM \"" + table + "\""));
    }
    return counts;
  }

  private static long count(JdbcDataSource db, String sql) throws SQLException {
    return Long.parseLong(text(db, sql));
  }

  private static String text(JdbcDataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), () -> "no row: " + sql);
      return rs.getString(1);
    }
  }

  private static void execute(JdbcDataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
