package org.painwise.clinic;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.painwise.config.BundleMessages;

/**
 * Reminder emails through the Jakarta Mail session WildFly configures. Off unless the system
 * property {@code painwise.mail.enabled} or the variable {@code PAINWISE_MAIL_ENABLED} is true.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Painwise")
  private Session session;

  public boolean enabled() {
    return Boolean.getBoolean("painwise.mail.enabled")
        || "true".equalsIgnoreCase(System.getenv("PAINWISE_MAIL_ENABLED"));
  }

  /** Sends one reminder; a mail failure is logged and never breaks the run. */
  public void reminder(String to, Notice.Kind kind, String moduleTitle, LocalDate dueOn) {
    if (!enabled()) {
      return;
    }
    ResourceBundle bundle = ResourceBundle.getBundle(BundleMessages.BUNDLE, Locale.ENGLISH);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(
          MessageFormat.format(bundle.getString("mail.subject." + kind.name()), moduleTitle),
          "UTF-8");
      message.setText(
          MessageFormat.format(
              bundle.getString("mail.body." + kind.name()), moduleTitle, dueOn.toString()),
          "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "A reminder email was not sent: " + e.getMessage());
    }
  }
}
