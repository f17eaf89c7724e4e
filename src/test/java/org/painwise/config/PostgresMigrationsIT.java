package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.ItDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migrations are identical on both databases: the app's Flyway (every migration in db/migration,
 * its own configuration) applies on an empty PostgreSQL 15 database of the PostgreSQL test run and
 * on an empty H2 database, and the two schemas have the same tables, the same columns (name, kind
 * of type, length of text, precision of numbers, nullability), the same primary keys, foreign keys
 * and indexes (by table, columns and uniqueness: the names are each database's own). Two
 * differences are allowed, by name: no ON DELETE clause reads as RESTRICT on H2 and NO ACTION on
 * PostgreSQL, which is the same for constraints that are not deferred; and H2 makes an index for
 * every foreign key by itself, PostgreSQL does not, so those H2 indexes are left out of the
 * comparison (and the foreign keys that PostgreSQL serves without an index are printed). Runs in
 * the PostgreSQL test run only.
 */
@AlsoOnPostgreSQL
class PostgresMigrationsIT {

  @Test
  void everyMigrationAppliesOnPostgresqlAndGivesH2sSchema() throws Exception {
    Assumptions.assumeTrue(
        ItDatabase.postgres(), "runs in the PostgreSQL test run (README, Tests) only");
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(ItDatabase.freshDatabase("painwise_migrations"));
    pg.setUser(ItDatabase.user());
    pg.setPassword(ItDatabase.password());
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations-h2;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");

    MigrateResult onPg = DatabaseMigration.migrate(pg);
    MigrateResult onH2 = DatabaseMigration.migrate(h2);

    assertTrue(onPg.success, "Flyway succeeded on PostgreSQL");
    assertEquals(applied(h2), applied(pg), "the same migrations applied, in the same order");
    assertTrue(onPg.migrationsExecuted > 20, "every migration ran: " + onPg.migrationsExecuted);
    assertEquals(onH2.migrationsExecuted, onPg.migrationsExecuted);

    Schema expected = Schema.of(h2, "PUBLIC");
    Schema actual = Schema.of(pg, "public");
    System.out.printf(
        "PostgresMigrationsIT: %d migrations; %d tables, %d columns, %d keys, %d indexes on both;"
            + " foreign keys without an index on PostgreSQL (H2 makes one by itself): %s%n",
        onPg.migrationsExecuted,
        actual.tables.size(),
        actual.columns.size(),
        actual.keys.size(),
        actual.indexes.size(),
        actual.unindexedForeignKeys());
    List<String> differences = new ArrayList<>();
    differences.addAll(difference("table", expected.tables, actual.tables));
    differences.addAll(difference("column", expected.columns, actual.columns));
    differences.addAll(difference("key", expected.keys, actual.keys));
    differences.addAll(difference("index", expected.indexes, actual.indexes));
    assertTrue(
        differences.isEmpty(), "H2 and PostgreSQL differ:\n" + String.join("\n", differences));
  }

  private static List<String> difference(String what, Set<String> h2, Set<String> pg) {
    List<String> lines = new ArrayList<>();
    h2.stream().filter(x -> !pg.contains(x)).forEach(x -> lines.add(what + " only on H2: " + x));
    pg.stream()
        .filter(x -> !h2.contains(x))
        .forEach(x -> lines.add(what + " only on PostgreSQL: " + x));
    return lines;
  }

  private static List<String> applied(DataSource db) {
    List<String> versions = new ArrayList<>();
    for (MigrationInfo m : DatabaseMigration.configuration(db).load().info().applied()) {
      versions.add(m.getVersion() + " " + m.getDescription() + " " + m.getChecksum());
    }
    return versions;
  }

  /** What JDBC's metadata says of a schema, in terms that mean the same on both databases. */
  private static final class Schema {
    final Set<String> tables = new TreeSet<>();
    final Set<String> columns = new TreeSet<>();
    final Set<String> keys = new TreeSet<>();
    final Set<String> indexes = new TreeSet<>();

    /** Foreign keys by "table(columns)", and the column lists that some index starts with. */
    final Map<String, String> foreignKeys = new TreeMap<>();

    final Set<String> indexPrefixes = new TreeSet<>();

    static Schema of(DataSource db, String schema) throws SQLException {
      Schema s = new Schema();
      try (Connection c = db.getConnection()) {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
          while (rs.next()) {
            String table = lower(rs.getString("TABLE_NAME"));
            if (!table.equals("flyway_schema_history")) {
              s.tables.add(table);
            }
          }
        }
        for (String table : s.tables) {
          s.read(md, schema, table);
        }
      }
      return s;
    }

    private void read(DatabaseMetaData md, String schema, String table) throws SQLException {
      String name = md.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
      try (ResultSet rs = md.getColumns(null, schema, name, "%")) {
        while (rs.next()) {
          columns.add(
              table
                  + "."
                  + lower(rs.getString("COLUMN_NAME"))
                  + " "
                  + type(
                      rs.getInt("DATA_TYPE"),
                      rs.getString("TYPE_NAME"),
                      rs.getInt("COLUMN_SIZE"),
                      rs.getInt("DECIMAL_DIGITS"))
                  + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
        }
      }
      Map<Integer, String> pk = new TreeMap<>();
      try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
        while (rs.next()) {
          pk.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
        }
      }
      if (!pk.isEmpty()) {
        keys.add(table + " primary key (" + String.join(", ", pk.values()) + ")");
      }
      Map<String, Map<Integer, String[]>> fks = new TreeMap<>();
      try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
        while (rs.next()) {
          fks.computeIfAbsent(
                  lower(rs.getString("PKTABLE_NAME")) + "/" + lower(rs.getString("FK_NAME")),
                  k -> new TreeMap<>())
              .put(
                  rs.getInt("KEY_SEQ"),
                  new String[] {
                    lower(rs.getString("FKCOLUMN_NAME")),
                    lower(rs.getString("PKCOLUMN_NAME")),
                    deleteRule(rs.getShort("DELETE_RULE"))
                  });
        }
      }
      for (Map.Entry<String, Map<Integer, String[]>> fk : fks.entrySet()) {
        String from =
            fk.getValue().values().stream().map(c -> c[0]).collect(Collectors.joining(", "));
        String to =
            fk.getValue().values().stream().map(c -> c[1]).collect(Collectors.joining(", "));
        String onDelete = fk.getValue().values().iterator().next()[2];
        String target = fk.getKey().substring(0, fk.getKey().indexOf('/'));
        keys.add(
            table
                + " foreign key ("
                + from
                + ") references "
                + target
                + " ("
                + to
                + ") on delete "
                + onDelete);
        foreignKeys.put(table + "(" + from + ")", target);
      }
      Map<String, Map<Integer, String>> idx = new TreeMap<>();
      Map<String, Boolean> unique = new TreeMap<>();
      try (ResultSet rs = md.getIndexInfo(null, schema, name, false, false)) {
        while (rs.next()) {
          String index = rs.getString("INDEX_NAME");
          if (index == null || rs.getString("COLUMN_NAME") == null) {
            continue;
          }
          idx.computeIfAbsent(index, k -> new TreeMap<>())
              .put((int) rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
          unique.put(index, !rs.getBoolean("NON_UNIQUE"));
        }
      }
      Set<String> pkIndex = Set.of(String.join(", ", pk.values()));
      for (Map.Entry<String, Map<Integer, String>> i : idx.entrySet()) {
        String cols = String.join(", ", i.getValue().values());
        boolean isUnique = unique.get(i.getKey());
        String indexName = i.getKey().toUpperCase(Locale.ROOT);
        // H2's own index behind a foreign key (named after the constraint, "..._INDEX_n"): the
        // one difference this test allows.
        if (!isUnique && indexName.matches(".*_INDEX_[0-9A-F]+") && isForeignKey(table, cols)) {
          continue;
        }
        if (isUnique && pkIndex.contains(cols)) {
          continue; // the primary key's index, compared as the key
        }
        indexes.add(table + (isUnique ? " unique" : "") + " index (" + cols + ")");
        List<String> list = List.copyOf(i.getValue().values());
        for (int n = 1; n <= list.size(); n++) {
          indexPrefixes.add(table + "(" + String.join(", ", list.subList(0, n)) + ")");
        }
      }
      if (!pk.isEmpty()) {
        List<String> list = List.copyOf(pk.values());
        for (int n = 1; n <= list.size(); n++) {
          indexPrefixes.add(table + "(" + String.join(", ", list.subList(0, n)) + ")");
        }
      }
    }

    /**
     * No ON DELETE clause reads as RESTRICT on H2 and NO ACTION on PostgreSQL: the same for
     * constraints that are not deferred (none here).
     */
    private static String deleteRule(short rule) {
      return switch (rule) {
        case DatabaseMetaData.importedKeyCascade -> "cascade";
        case DatabaseMetaData.importedKeySetNull -> "set null";
        case DatabaseMetaData.importedKeySetDefault -> "set default";
        default -> "no action";
      };
    }

    private boolean isForeignKey(String table, String cols) {
      return foreignKeys.containsKey(table + "(" + cols + ")");
    }

    /** Foreign keys whose columns no index (or primary key) starts with. */
    Set<String> unindexedForeignKeys() {
      Set<String> without = new TreeSet<>(foreignKeys.keySet());
      without.removeAll(indexPrefixes);
      return without;
    }

    private static String type(int jdbcType, String typeName, int size, int digits) {
      if (jdbcType == Types.TIMESTAMP && "timestamptz".equalsIgnoreCase(typeName)) {
        // PostgreSQL's driver reports timestamp with time zone as TIMESTAMP, by its name only.
        return "timestamp with time zone";
      }
      return switch (jdbcType) {
        case Types.BIT, Types.BOOLEAN -> "boolean";
        case Types.SMALLINT, Types.TINYINT -> "smallint";
        case Types.INTEGER -> "integer";
        case Types.BIGINT -> "bigint";
        case Types.REAL, Types.FLOAT, Types.DOUBLE -> "floating";
        case Types.NUMERIC, Types.DECIMAL -> "numeric(" + size + "," + digits + ")";
        case Types.CHAR, Types.NCHAR -> "char(" + size + ")";
        case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB ->
            size <= 0 || size >= 1_000_000 ? "text" : "varchar(" + size + ")";
        case Types.DATE -> "date";
        case Types.TIME -> "time";
        case Types.TIMESTAMP -> "timestamp";
        case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp with time zone";
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
        default -> "jdbc type " + jdbcType;
      };
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
