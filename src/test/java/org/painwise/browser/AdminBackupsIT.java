package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.BackupsPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.TestServer;

/**
 * The admin backs the database up from admin/backups in a real browser: confirms, sees it running
 * and then listed; axe checks the page, the dialog and the states.
 */
class AdminBackupsIT {

  private final URL base = TestServer.url();

  @Test
  void theAdminBacksUpAndSeesTheNewBackupListed() {
    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn("admin@painwise.test", "painwise-demo");
      BackupsPage backups = new BackupsPage(browser).open();
      Set<String> before = new HashSet<>(backups.names());

      backups.backUpNow();
      List<String> messages = backups.messages();
      assertTrue(
          messages.contains(Bundle.text("admin_backups.message.info.started"))
              || messages.contains(Bundle.text("admin_backups.message.warn.running")),
          () -> "messages: " + messages);

      String name = backups.awaitNewBackup(before);
      assertTrue(name.matches("painwise-\\d{8}-\\d{6}\\.zip"), name);
      assertTrue(backups.names().get(0).equals(name), "newest first: " + backups.names());
    }
  }
}
