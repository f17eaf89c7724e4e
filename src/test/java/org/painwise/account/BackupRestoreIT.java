package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/**
 * Backups, end to end (README "Database" > "Backups"): an admin backs the running test server's H2
 * database up from admin/backups; data changes after it; {@code bin/restore-h2.sh} restores the zip
 * into a database file of its own (as it would over the file of a stopped server), and the restored
 * database holds the data as it was at the backup. The script refuses the file of the running
 * server.
 */
class BackupRestoreIT {

  private static final String PASSWORD = "a-good-password";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final Pattern NAME =
      Pattern.compile("class=\"pw-backup-name\">(painwise-\\d{8}-\\d{6}\\.zip)<");

  private final Path target = Path.of(System.getProperty("painwise.target", "target"));
  private final Path data =
      Path.of(System.getProperty("painwise.it.data.dir", target.resolve("it-data").toString()));

  @Test
  void anAdminBacksUpAndTheRestoreFindsTheDataAsItWas() throws Exception {
    String before = FacesClient.uniqueEmail("backup-before");
    String after = FacesClient.uniqueEmail("backup-after");
    assertTrue(
        new FacesClient(TestServer.url()).signUp("Bea Before", before, PASSWORD).isRedirect());
    Instant signedUp = Instant.now();

    // Act: an admin backs up from the admin page, confirms, and waits while it runs.
    FacesClient admin = new FacesClient(TestServer.url());
    assertEquals(302, admin.login("admin@painwise.test", "painwise-demo").status());
    Page page = admin.get("/admin/backups");
    assertEquals(200, page.status(), page.body());
    // Only a backup that started after the sign-up holds it. Names have the start time to the
    // second: take a backup that started in a later second than the sign-up (wait for that second
    // before pressing). Another test may be backing up too: press again until this press starts
    // one.
    Instant pressed = signedUp.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    while (Instant.now().isBefore(pressed)) {
      Thread.sleep(100);
    }
    for (int i = 0; ; i++) {
      Page answer = admin.postback(page, "backups", Map.of(), "backUp");
      assertEquals(200, answer.status(), answer.body());
      if (answer.body().contains(Bundle.text("admin_backups.message.info.started"))) {
        break;
      }
      assertTrue(
          answer.body().contains(Bundle.text("admin_backups.message.warn.running")) && i < 60,
          "the page says the backup started: " + answer.body());
      Thread.sleep(1000);
      page = admin.get("/admin/backups");
    }
    String name = awaitBackupAfter(admin, pressed);
    Path zip = data.resolve("backups").resolve(name);
    assertTrue(Files.size(zip) > 0, "the zip is in the backup folder: " + zip);

    // Data changes after the backup.
    assertTrue(new FacesClient(TestServer.url()).signUp("Abe After", after, PASSWORD).isRedirect());

    // Restore into a database file of its own, and read it.
    Path restored = target.resolve("restore-it").resolve("painwise");
    Files.createDirectories(restored.getParent());
    Files.deleteIfExists(restored.resolveSibling("painwise.mv.db"));
    Result run = restore(zip, restored);
    assertEquals(0, run.exit(), run.output());
    try (Connection db =
        DriverManager.getConnection("jdbc:h2:file:" + restored.toAbsolutePath(), "sa", "sa")) {
      assertTrue(accountExists(db, before), "the account made before the backup is restored");
      assertFalse(accountExists(db, after), "the account made after the backup is not there");
      assertTrue(accountExists(db, "admin@painwise.test"));
    }

    // Restoring over the running server's database is refused, and it keeps working.
    Result refused = restore(zip, data.resolve("painwise"));
    assertNotEquals(0, refused.exit(), refused.output());
    assertTrue(refused.output().contains("in use"), refused.output());
    assertEquals(302, new FacesClient(TestServer.url()).login(after, PASSWORD).status());
  }

  private static Set<String> names(Page page) {
    Set<String> names = new HashSet<>();
    Matcher m = NAME.matcher(page.body());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The name of a backup on the page that started at or after {@code pressed}, once done. */
  private static String awaitBackupAfter(FacesClient admin, Instant pressed)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < end) {
      Page page = admin.get("/admin/backups");
      if (!page.body().contains("id=\"running\"")) {
        for (String name : names(page)) {
          Instant started =
              STAMP.parse(name.substring("painwise-".length(), name.length() - 4), Instant::from);
          if (!started.isBefore(pressed)) {
            assertTrue(
                page.body().contains("id=\"last\""), "the page says how the last backup went");
            return name;
          }
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no new backup on admin/backups within 120 s");
  }

  private record Result(int exit, String output) {}

  private Result restore(Path zip, Path db) throws Exception {
    Path root = target.toAbsolutePath().getParent();
    Process p =
        new ProcessBuilder(
                "bash",
                root.resolve("bin/restore-h2.sh").toString(),
                zip.toAbsolutePath().toString(),
                db.toAbsolutePath().toString())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "restore-h2.sh finished");
    return new Result(p.exitValue(), out);
  }

  private static boolean accountExists(Connection db, String email) throws Exception {
    try (PreparedStatement q =
        db.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
      q.setString(1, email);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1) == 1;
      }
    }
  }
}
