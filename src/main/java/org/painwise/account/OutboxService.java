package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.painwise.config.Mail;
import org.painwise.config.Outbox;

/**
 * Admin: the mail kept in the {@link Outbox} because no SMTP server is configured, newest first,
 * searched by recipient. Admins read it to pass a message on by hand, and in the demo, to see what
 * Painwise sends.
 */
@ApplicationScoped
@Guarded(Role.ADMIN)
public class OutboxService {

  @Inject private Outbox outbox;
  @Inject private Mail mail;

  /** Whether mail is kept here (no SMTP server) rather than sent. */
  public boolean keeping() {
    return !mail.smtp();
  }

  public long count(String recipient) {
    return outbox.count(recipient);
  }

  public List<Outbox.Message> page(String recipient, int first, int size) {
    return outbox.page(recipient, first, size);
  }
}
