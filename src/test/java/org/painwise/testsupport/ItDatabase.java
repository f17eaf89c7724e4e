package org.painwise.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The database of the test run that this Failsafe JVM belongs to. The build's PostgreSQL test run
 * (README, "Tests") sets {@code painwise.it.db=postgresql} and the JDBC URL, user and password of
 * its throwaway server ({@code src/test/pg/pg.sh}); otherwise the run is on H2.
 */
public final class ItDatabase {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private ItDatabase() {}

  /** True in the PostgreSQL test run. */
  public static boolean postgres() {
    return "postgresql".equals(System.getProperty("painwise.it.db"));
  }

  /** The JDBC URL of the test server's own PostgreSQL database. */
  public static String url() {
    return require("painwise.it.db.url");
  }

  public static String user() {
    return require("painwise.it.db.user");
  }

  public static String password() {
    return require("painwise.it.db.password");
  }

  /** The folder of the throwaway PostgreSQL (servers started against it carry it as a marker). */
  public static String pgDir() {
    return require("painwise.it.pg.dir");
  }

  /** A connection to a database of the throwaway PostgreSQL server, by its JDBC URL. */
  public static Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user(), password());
  }

  /**
   * An empty database of that name on the PostgreSQL server (dropped first if a run left one);
   * returns its JDBC URL.
   */
  public static String freshDatabase(String name) throws SQLException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection c = connect(url());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    return url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
  }

  private static String require(String property) {
    String value = System.getProperty(property, "");
    if (value.isBlank()) {
      throw new IllegalStateException(property + " is not set: not the PostgreSQL test run");
    }
    return value;
  }
}
