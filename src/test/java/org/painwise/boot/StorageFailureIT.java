package org.painwise.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.config.StorageFailure;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;

/**
 * A full disk: a server of its own keeps its H2 file on a 32 MB tmpfs that the test mounts and then
 * fills up. Sign-up says "not saved" and keeps what was typed (never "your account is ready" for an
 * account that is lost), health reports DOWN, and pages still render; once the space is back, the
 * server heals by itself within a minute, without a restart: health is UP and sign-up works. Every
 * sign-up that was acknowledged can sign in afterwards, and the one that was not saved can sign up
 * again.
 *
 * <p>Mounting needs root (CI runs as root). Elsewhere the test is skipped with a message when the
 * mount is refused; with {@code CI=true} it fails instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorageFailureIT {

  private static final String CONTAINER = "storage";
  private static final String DEPLOYMENT = "storage";
  private static final String PASSWORD = "a-good-password";
  private static final long RECOVERY_SECONDS = 60;

  /** Longer than two room probes of StorageProbe (one every 5 s while in doubt). */
  private static final long STAYS_DOWN_SECONDS = 12;

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void aFullDiskIsReportedAndHealsWithoutARestart() throws Exception {
    URL base =
        new URL(
            "http://127.0.0.1:"
                + System.getProperty("painwise.it.storage.http.port", "8380")
                + "/painwise-it/");
    Path disk = Path.of(System.getProperty("painwise.it.storage.dir", "target/storage-tmpfs"));
    Path filler = disk.resolve("filler");
    mountTmpfs(disk);
    try {
      controller.start(CONTAINER);
      deployer.deploy(DEPLOYMENT);
      assertEquals(200, new FacesClient(base).get("/api/health").status(), "healthy at first");

      // Arrange: the disk is full.
      fill(filler);

      // Act: sign up until the database refuses (H2 may still write a few times into free space
      // inside its file). Every "done" must be true; the first refusal must say so.
      List<String> acknowledged = new ArrayList<>();
      String refusedEmail = null;
      Page refused = null;
      for (int i = 0; i < 40 && refused == null; i++) {
        String email = FacesClient.uniqueEmail("full");
        Page answer = new FacesClient(base).signUp("Storage Sam", email, PASSWORD);
        if (answer.isRedirect()) {
          acknowledged.add(email);
        } else if (answer.body().contains(Bundle.text(StorageFailure.NOT_SAVED))) {
          refused = answer;
          refusedEmail = email;
        } else {
          fail("Sign-up on a full disk neither saved nor said not saved: " + answer);
        }
      }

      // Assert: not saved, said so, and the form keeps what was typed.
      assertNotNull(refused, "40 sign-ups on a full disk were all acknowledged");
      assertEquals(503, refused.status(), "a write that failed answers 503");
      assertEquals("Storage Sam", inputValue(refused.body(), "signup:name"));
      assertEquals(refusedEmail, inputValue(refused.body(), "signup:email"));

      // Health is DOWN while the database cannot write (each probe writes; allow H2 to use up the
      // free space inside its file first).
      assertTrue(
          waitFor(30, () -> healthIs(base, 503, "DOWN")), "health never said DOWN on a full disk");
      // ... and stays DOWN while the disk is full, not only just after the failed write: the
      // probes that run meanwhile must not find the database writable (a small write still fits
      // into free space inside the H2 file).
      assertTrue(
          holdsFor(STAYS_DOWN_SECONDS, () -> healthIs(base, 503, "DOWN")),
          "health said UP again while the disk was still full");
      // Pages still render, with a body.
      Page login = new FacesClient(base).get("/login");
      assertEquals(200, login.status(), login.toString());
      assertTrue(login.body().contains("id=\"login\""), login.body());

      // Act: the space comes back.
      Files.delete(filler);
      long freedAt = System.nanoTime();

      // Assert: health UP and sign-up works within a minute, on the same server.
      assertTrue(
          waitFor(
              RECOVERY_SECONDS,
              () ->
                  healthIs(base, 200, "UP")
                      && new FacesClient(base)
                          .signUp("Healed Hana", FacesClient.uniqueEmail("healed"), PASSWORD)
                          .isRedirect()),
          "no recovery within " + RECOVERY_SECONDS + " s of freeing the disk");
      System.out.printf(
          "StorageFailureIT: recovered %d s after the disk was freed; %d sign-up(s) were saved"
              + " on the full disk before one was refused%n",
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - freedAt), acknowledged.size());

      for (String email : acknowledged) {
        Page signIn = new FacesClient(base).login(email, PASSWORD);
        assertEquals(302, signIn.status(), "an acknowledged sign-up is there: " + email);
      }
      assertTrue(
          new FacesClient(base).signUp("Storage Sam", refusedEmail, PASSWORD).isRedirect(),
          "the refused sign-up was not stored, so the same email signs up now");
    } finally {
      try {
        Files.deleteIfExists(filler);
        if (controller.isStarted(CONTAINER)) {
          deployer.undeploy(DEPLOYMENT);
          controller.stop(CONTAINER);
        }
      } finally {
        if (run("umount", disk.toString()).code() != 0) {
          run("umount", "-l", disk.toString());
        }
      }
    }
  }

  /** Mounts a 32 MB tmpfs on {@code disk}; skips when that is not permitted, fails on CI. */
  private static void mountTmpfs(Path disk) throws IOException {
    Files.createDirectories(disk);
    if (Files.readString(Path.of("/proc/mounts")).contains(" " + disk.toAbsolutePath() + " ")) {
      run("umount", disk.toString());
    }
    Result mount = run("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString());
    if (mount.code() != 0) {
      String why = "StorageFailureIT needs to mount a tmpfs (run as root): " + mount.output();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
  }

  /** Writes into {@code file} until the disk is full. */
  private static void fill(Path file) throws IOException {
    try (OutputStream out = new FileOutputStream(file.toFile())) {
      for (int size : new int[] {1 << 20, 4096, 1}) {
        byte[] block = new byte[size];
        try {
          while (true) {
            out.write(block);
          }
        } catch (IOException full) {
          // next, smaller blocks
        }
      }
    } catch (IOException closingAFullFile) {
      // the last flush may fail too: the disk is full either way
    }
  }

  /**
   * /api/health says {@code word} with {@code status}, and so does MicroProfile Health's readiness
   * on the management port, for the database check (one health contract, config.HealthChecks);
   * liveness stays UP either way, since a restart does not heal a full disk.
   */
  private static boolean healthIs(URL base, int status, String word) {
    Page health = new FacesClient(base).get("/api/health");
    if (health.status() != status || !health.body().contains("\"status\":\"" + word + "\"")) {
      return false;
    }
    String management =
        "http://127.0.0.1:" + System.getProperty("painwise.it.storage.management.port", "10290");
    Page ready = new FacesClient(base).get(management + "/health/ready");
    Page live = new FacesClient(base).get(management + "/health/live");
    assertEquals(200, live.status(), "liveness: " + live.body());
    return ready.status() == status
        && ready
            .body()
            .replace(" ", "")
            .contains("\"name\":\"painwise-database\",\"status\":\"" + word + "\"");
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private static boolean waitFor(long seconds, Check check) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      if (check.ok()) {
        return true;
      }
      Thread.sleep(1200);
    }
    return false;
  }

  private static boolean holdsFor(long seconds, Check check) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      if (!check.ok()) {
        return false;
      }
      Thread.sleep(1200);
    }
    return true;
  }

  /** The value attribute of the input with this id. */
  private static String inputValue(String html, String id) {
    Matcher input =
        Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    assertTrue(input.find(), "no input " + id + " on the page:\n" + html);
    Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
    assertTrue(value.find(), "input " + id + " has no value: " + input.group());
    return value.group(1).replace("&amp;", "&").replace("&#64;", "@");
  }

  private record Result(int code, String output) {}

  private static Result run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(p.waitFor(), output.strip());
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted: " + String.join(" ", command)));
    }
  }
}
