package org.painwise.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * All outgoing email, in one place: a message to one recipient, in their language, whose subject
 * and body are keys of the messages bundle ({@code mail.subject.x}, {@code mail.body.x}) formatted
 * with arguments (a {@link LocalDate} is written out in that language). It leaves once the
 * transaction that asked for it has committed (at once outside a transaction), so a rolled-back
 * change sends nothing: to the SMTP server in the background, or into the {@link Outbox} when no
 * SMTP server is configured ({@link MailSettings}). A failed send is logged and never breaks the
 * work that asked for it.
 */
@ApplicationScoped
public class Mail {

  private static final Logger LOG = Logger.getLogger(Mail.class.getName());

  /** One message, composed in its recipient's language. */
  public record Letter(String to, Locale locale, String subject, String body) {}

  /** A letter on its way to the SMTP server, off the request's thread. */
  public record Posted(Letter letter) {}

  @Inject private MailSettings settings;
  @Inject private Outbox outbox;
  @Inject private Event<Letter> letters;
  @Inject private Event<Posted> posted;

  @Resource(lookup = "java:jboss/mail/Painwise")
  private Session session;

  /**
   * Whether mail reaches people: the flows that depend on it (verification, reset by email) are on
   * only then.
   */
  public boolean delivers() {
    return settings.delivers();
  }

  /** Whether mail goes to an SMTP server (otherwise into the outbox). */
  public boolean smtp() {
    return settings.smtp();
  }

  /**
   * Sends {@code subjectKey} and {@code bodyKey} of the messages bundle, formatted with {@code
   * args} in {@code locale}, to {@code to}, once the current transaction commits.
   */
  public void send(String to, Locale locale, String subjectKey, String bodyKey, Object... args) {
    letters.fire(compose(to, locale, subjectKey, bodyKey, args));
  }

  /** The letter as its recipient reads it. */
  public static Letter compose(
      String to, Locale locale, String subjectKey, String bodyKey, Object... args) {
    Locale language =
        Languages.of(locale == null ? null : locale.getLanguage()).orElse(Languages.DEFAULT);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BundleMessages.BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] shown =
        Arrays.stream(args == null ? new Object[0] : args)
            .map(
                a ->
                    a instanceof LocalDate d
                        ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(language)
                            .format(d)
                        : a)
            .toArray();
    return new Letter(
        to,
        language,
        new MessageFormat(bundle.getString(subjectKey), language).format(shown),
        new MessageFormat(bundle.getString(bodyKey), language).format(shown));
  }

  /** After the commit (or at once without a transaction): hands the letter on. */
  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letter letter) {
    if (settings.smtp()) {
      posted.fireAsync(new Posted(letter));
    } else {
      outbox.add(letter.to(), letter.locale(), letter.subject(), letter.body());
    }
  }

  void post(@ObservesAsync Posted post) {
    try {
      Transport.send(mime(session, post.letter()));
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("An email was not sent (" + post.letter().subject() + "): " + e.getMessage());
    }
  }

  /** The MIME message of a letter, plain UTF-8 text. */
  static MimeMessage mime(Session session, Letter letter) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to()));
    message.setSubject(letter.subject(), "UTF-8");
    message.setText(letter.body(), "UTF-8");
    message.setHeader("Content-Language", letter.locale().toLanguageTag());
    message.setSentDate(new java.util.Date());
    return message;
  }
}
