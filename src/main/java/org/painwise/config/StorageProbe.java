package org.painwise.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database can store data right now, in two modes.
 *
 * <p>Normally it updates the one row of {@code health_probe} in its own short transaction
 * (auto-commit, outside any JTA transaction), so a closed or unreachable database shows as DOWN
 * even while reads still work. The answer is kept for {@link #FRESH_MILLIS}, so that frequent
 * health checks cost one small write a second at most.
 *
 * <p>That small write is not proof enough once a write has failed: on a full disk H2 closes the
 * database after the failed write, the pool reopens it, and the reopened database stores a change
 * of a few KB in free space inside its own file while every real write that needs the file to grow
 * fails. So once a storage failure is seen, by the app ({@link #failureSeen()}, called by the
 * not-saved handlers) or by the small probe, the answer stays DOWN until a room probe succeeds: it
 * stores about {@link #ROOM_BYTES} of random data in {@code health_probe_room} in one transaction,
 * which needs that much new space on the disk, and deletes it again. It runs at most every {@link
 * #ROOM_MILLIS}, and only while in doubt.
 */
@ApplicationScoped
public class StorageProbe {

  /** How long one answer of the small probe stays valid. */
  static final long FRESH_MILLIS = 1000;

  /** How long a DOWN stays valid while in doubt: the room probe runs at most this often. */
  static final long ROOM_MILLIS = 5000;

  /** Rows of the room probe, each {@link #ROOM_ROW_CHARS} characters long. */
  static final int ROOM_ROWS = 2;

  static final int ROOM_ROW_CHARS = 1_000_000;

  /** What the room probe stores in one transaction: more than H2 keeps free inside its file. */
  static final long ROOM_BYTES = (long) ROOM_ROWS * ROOM_ROW_CHARS;

  private static final Logger LOG = Logger.getLogger(StorageProbe.class.getName());

  /** What the database answered: up or not, and its product name when it answered. */
  public record Status(boolean writable, String product, long checkedAtMillis) {}

  @Resource(lookup = "java:jboss/datasources/PainwiseDS")
  private DataSource dataSource;

  private Status last;

  /** A storage failure was seen and no room probe has succeeded since. */
  private boolean inDoubt;

  public synchronized Status status() {
    long now = System.currentTimeMillis();
    if (last == null || now - last.checkedAtMillis() >= (inDoubt ? ROOM_MILLIS : FRESH_MILLIS)) {
      if (inDoubt) {
        last = probe(now, true);
        inDoubt = !last.writable();
        if (!inDoubt) {
          LOG.info("Health: the database stores data again");
        }
      } else {
        last = probe(now, false);
        inDoubt = !last.writable();
      }
    }
    return last;
  }

  /**
   * The app saw a write fail for a storage reason: health is DOWN from now on, until the database
   * proves it has room again.
   */
  public synchronized void failureSeen() {
    if (!inDoubt) {
      LOG.warning("Health: a write failed; DOWN until the database has room again");
    }
    inDoubt = true;
    last = new Status(false, last == null ? "unknown" : last.product(), System.currentTimeMillis());
  }

  private Status probe(long now, boolean room) {
    String product = "unreachable";
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
      c.setAutoCommit(true);
      if (room) {
        storeRoom(c);
      }
      try (PreparedStatement update =
          c.prepareStatement("UPDATE health_probe SET checked_at = ? WHERE id = 1")) {
        update.setQueryTimeout(2);
        update.setTimestamp(1, Timestamp.from(Instant.ofEpochMilli(now)));
        if (update.executeUpdate() == 0) {
          try (PreparedStatement insert =
              c.prepareStatement("INSERT INTO health_probe (id, checked_at) VALUES (1, ?)")) {
            insert.setQueryTimeout(2);
            insert.setTimestamp(1, Timestamp.from(Instant.ofEpochMilli(now)));
            insert.executeUpdate();
          }
        }
      }
      return new Status(true, product, now);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Health: the database cannot store data: {0}", e.getMessage());
      return new Status(false, product, now);
    }
  }

  /**
   * Stores {@link #ROOM_BYTES} of random characters (which no compression shrinks) in one
   * transaction, then deletes them in another: both commits reach the disk.
   */
  private static void storeRoom(Connection c) throws SQLException {
    try (Statement clear = c.createStatement()) {
      clear.setQueryTimeout(5);
      clear.executeUpdate("DELETE FROM health_probe_room");
    }
    c.setAutoCommit(false);
    SQLException failure = null;
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO health_probe_room (id, payload) VALUES (?, ?)")) {
      insert.setQueryTimeout(5);
      for (int id = 1; id <= ROOM_ROWS; id++) {
        insert.setInt(1, id);
        insert.setString(2, randomText(ROOM_ROW_CHARS));
        insert.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      failure = e;
      try {
        c.rollback();
      } catch (SQLException rollback) {
        failure.addSuppressed(rollback);
      }
    }
    // After a failed write the pool may already have dropped this connection: the write's own
    // error is the one to report.
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      if (failure == null) {
        throw e;
      }
      failure.addSuppressed(e);
    }
    if (failure != null) {
      throw failure;
    }
    try (Statement clear = c.createStatement()) {
      clear.setQueryTimeout(5);
      clear.executeUpdate("DELETE FROM health_probe_room");
    }
  }

  private static String randomText(int chars) {
    byte[] bytes = new byte[chars * 3 / 4 + 3];
    ThreadLocalRandom.current().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes).substring(0, chars);
  }
}
