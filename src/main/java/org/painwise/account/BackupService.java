package org.painwise.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.painwise.config.BackupSettings;
import org.painwise.config.Metrics;

/**
 * Online backups of the H2 database: H2's {@code BACKUP TO} writes a consistent copy of the
 * database file into a zip while the app keeps running. Backups run on a schedule ({@link
 * BackupTimer}) and when an admin asks (admin/backups.xhtml); one at a time, into {@link
 * BackupSettings#dir()}, keeping the newest {@link BackupSettings#keep()}. {@code
 * bin/restore-h2.sh} restores one on a stopped server (README "Database" > "Backups").
 *
 * <p>PostgreSQL is backed up with {@code pg_dump}, outside the app: on PostgreSQL {@link #online()}
 * is false and nothing here runs.
 */
@ApplicationScoped
@Guarded(Role.ADMIN)
public class BackupService {

  private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

  /** The names of the app's backups: painwise-20261128-023000.zip (UTC), so names sort by time. */
  static final Pattern NAME = Pattern.compile("painwise-\\d{8}-\\d{6}\\.zip");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** One backup file. */
  public record Backup(String name, long bytes, Instant takenAt) implements java.io.Serializable {}

  /** How the last backup of this server went, for the admin page. */
  public record Outcome(Instant at, boolean done, String name) {}

  @Resource(lookup = "java:jboss/datasources/PainwiseDS")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  @Inject private Metrics metrics;

  private final AtomicBoolean running = new AtomicBoolean();

  private volatile Outcome last;

  /** Whether the app backs this database up itself (H2); false on PostgreSQL (pg_dump). */
  public boolean online() {
    return isH2();
  }

  public boolean running() {
    return running.get();
  }

  public Optional<Outcome> last() {
    return Optional.ofNullable(last);
  }

  /** The folder of the backups. */
  public Path dir() {
    return BackupSettings.dir();
  }

  /** The backups in {@link #dir()}, newest first. */
  public List<Backup> list() {
    return list(dir());
  }

  /**
   * Starts a backup in the background, for the admin page; false when one is running already (or
   * the database is not H2). The page polls {@link #running()}.
   */
  public boolean start() {
    if (!isH2() || !running.compareAndSet(false, true)) {
      return false;
    }
    try {
      executor.submit(
          () ->
              SystemIdentity.run(
                  "backup asked by an admin",
                  () -> {
                    try {
                      backUp("admin");
                    } finally {
                      running.set(false);
                    }
                  }));
    } catch (RuntimeException e) {
      running.set(false);
      throw e;
    }
    return true;
  }

  /** The scheduled backup ({@link BackupTimer}): skipped while another one runs, or off H2. */
  void scheduled() {
    if (!isH2()) {
      return;
    }
    if (!running.compareAndSet(false, true)) {
      LOG.info("Scheduled backup skipped: a backup is running");
      return;
    }
    try {
      backUp("schedule");
    } finally {
      running.set(false);
    }
  }

  /** Backs the database up now, in this thread; the caller holds {@link #running}. */
  private void backUp(String why) {
    Path dir = dir();
    String name = "painwise-" + STAMP.format(Instant.now()) + ".zip";
    Path target = dir.resolve(name);
    Path part = dir.resolve(name + ".part");
    long started = System.nanoTime();
    try {
      Files.createDirectories(dir);
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        // H2 takes a file name as a literal only; the name is ours, the folder is configuration.
        s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
      }
      // The zip appears under its final name only when complete.
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.info(
          () ->
              "Backup ("
                  + why
                  + ") written: "
                  + target
                  + ", "
                  + size(target)
                  + " bytes in "
                  + millis
                  + " ms");
      last = new Outcome(Instant.now(), true, name);
      metrics.count(Metrics.BACKUPS, "outcome", "done");
      prune(dir, BackupSettings.keep());
    } catch (SQLException | IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Backup (" + why + ") to " + target + " failed", e);
      last = new Outcome(Instant.now(), false, name);
      metrics.count(Metrics.BACKUPS, "outcome", "failed");
      try {
        Files.deleteIfExists(part);
      } catch (IOException cleanup) {
        LOG.log(Level.WARNING, "Could not delete " + part, cleanup);
      }
    }
  }

  private boolean isH2() {
    try (Connection c = dataSource.getConnection()) {
      return "H2".equals(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }

  static List<Backup> list(Path dir) {
    List<Backup> backups = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return backups;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (NAME.matcher(name).matches() && Files.isRegularFile(f)) {
          backups.add(new Backup(name, Files.size(f), Files.getLastModifiedTime(f).toInstant()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    backups.sort(Comparator.comparing(Backup::name).reversed());
    return backups;
  }

  /** Deletes all but the newest {@code keep} backups (only files named as the app names them). */
  static void prune(Path dir, int keep) throws IOException {
    List<Backup> backups = list(dir);
    for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
      Files.deleteIfExists(dir.resolve(old.name()));
      LOG.info(() -> "Old backup deleted (keeping " + keep + "): " + old.name());
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1;
    }
  }
}
