package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The environment variable of a setting is the documented one: {@code painwise.publicBaseUrl} is
 * {@code PAINWISE_PUBLIC_BASE_URL} (it was read as {@code PAINWISE_PUBLICBASEURL}, so the
 * documented variable did nothing for redirects), and the older spelling still works.
 */
class SettingsTest {

  @Test
  void aCapitalStartsAWordOfTheEnvironmentVariable() {
    assertEquals(
        List.of("PAINWISE_PUBLIC_BASE_URL", "PAINWISE_PUBLICBASEURL"),
        Settings.environmentNames("painwise.publicBaseUrl"));
    assertEquals(
        List.of("PAINWISE_TRUSTED_PROXIES", "PAINWISE_TRUSTEDPROXIES"),
        Settings.environmentNames("painwise.trustedProxies"));
  }

  @Test
  void aLowerCaseSettingHasOneName() {
    assertEquals(List.of("PAINWISE_BACKUP_DIR"), Settings.environmentNames("painwise.backup.dir"));
    assertEquals(
        List.of("PAINWISE_MAIL_OUTBOX_SIZE"),
        Settings.environmentNames("painwise.mail.outbox.size"));
  }
}
