package org.painwise.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database can store data right now: it updates the one row of {@code health_probe} in
 * its own short transaction (auto-commit, outside any JTA transaction), so a full disk or a closed
 * database shows as DOWN even while reads still work. The answer is kept for {@link #FRESH_MILLIS}
 * so that frequent health checks cost one small write a second at most.
 */
@ApplicationScoped
public class StorageProbe {

  /** How long one answer stays valid. */
  static final long FRESH_MILLIS = 1000;

  private static final Logger LOG = Logger.getLogger(StorageProbe.class.getName());

  /** What the database answered: up or not, and its product name when it answered. */
  public record Status(boolean writable, String product, long checkedAtMillis) {}

  @Resource(lookup = "java:jboss/datasources/PainwiseDS")
  private DataSource dataSource;

  private Status last;

  public synchronized Status status() {
    long now = System.currentTimeMillis();
    if (last == null || now - last.checkedAtMillis() >= FRESH_MILLIS) {
      last = probe(now);
    }
    return last;
  }

  private Status probe(long now) {
    String product = "unreachable";
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
      c.setAutoCommit(true);
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
}
