package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where outgoing mail goes, from two settings (a system property, or the environment variable in
 * capitals with {@code _}):
 *
 * <ul>
 *   <li>{@code painwise.mail.enabled=true}: to the SMTP server of the WildFly mail session {@code
 *       java:jboss/mail/Painwise}. Mail reaches people, so the account emails that need it are on:
 *       email verification at sign-up, password reset and email change by link.
 *   <li>otherwise (the demo, the test server): into the {@link Outbox}, a bounded list in memory
 *       that an admin reads at {@code /admin/outbox}, with a line in the log. Mail reaches nobody,
 *       so sign-up needs no verification and the reset page says to ask the clinic's admin.
 *   <li>{@code painwise.mail.outboxDelivers=true} (without SMTP): the outbox, but the account
 *       emails behave as if mail reached people, to try verification and reset links on a
 *       development server. Never on a real server: the admin could read everyone's links.
 * </ul>
 *
 * In-container tests replace this bean with an alternative that turns {@link #delivers()} on for
 * their own deployment only.
 */
@ApplicationScoped
public class MailSettings {

  /** Whether mail goes to an SMTP server. */
  public boolean smtp() {
    return on("painwise.mail.enabled");
  }

  /** Whether mail reaches the people it is sent to (or stands in for that, in tests). */
  public boolean delivers() {
    return smtp() || on("painwise.mail.outboxDelivers");
  }

  private static boolean on(String property) {
    return Settings.read(property).map("true"::equalsIgnoreCase).orElse(false);
  }
}
