package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Mail is composed in the recipient's language from bundle keys, and goes out over SMTP as UTF-8
 * text (to a GreenMail server on a free port).
 */
class MailTest {

  @Test
  void aLetterIsWrittenInTheRecipientsLanguageWithTheDateSpelledOut() {
    LocalDate due = LocalDate.of(2026, 12, 3);
    Mail.Letter english =
        Mail.compose(
            "ada@example.org",
            Locale.ENGLISH,
            "mail.subject.ASSIGNED",
            "mail.body.ASSIGNED",
            "Pain, your body",
            due);
    Mail.Letter french =
        Mail.compose(
            "ada@example.org",
            Locale.CANADA_FRENCH,
            "mail.subject.ASSIGNED",
            "mail.body.ASSIGNED",
            "Pain, your body",
            due);

    assertEquals("Your therapist suggested a module: Pain, your body", english.subject());
    assertTrue(english.body().contains("It is due on December 3, 2026."), english.body());
    assertEquals(Locale.ENGLISH, english.locale());
    assertEquals("Votre thérapeute vous propose un module : Pain, your body", french.subject());
    assertTrue(french.body().contains("prévu pour le 3 décembre 2026."), french.body());
    assertEquals(Locale.FRENCH, french.locale());
  }

  @Test
  void aLanguageWithoutBundleAndNoLanguageAtAllAreEnglishWhateverTheServersDefault() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      assertEquals(
          "Your Painwise password was changed",
          Mail.compose(
                  "a@example.org",
                  Locale.GERMAN,
                  "mail.subject.passwordChanged",
                  "mail.body.passwordChanged",
                  "Ada",
                  "link")
              .subject());
      assertEquals(
          Locale.ENGLISH,
          Mail.compose(
                  "a@example.org",
                  null,
                  "mail.subject.passwordChanged",
                  "mail.body.passwordChanged",
                  "Ada",
                  "link")
              .locale());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theLinksLifetimeReadsAsWords() {
    Mail.Letter hour =
        Mail.compose(
            "a@example.org",
            Locale.ENGLISH,
            "mail.subject.passwordReset",
            "mail.body.passwordReset",
            "Ada",
            "http://x/reset-password?token=t",
            1L);
    Mail.Letter day =
        Mail.compose(
            "a@example.org",
            Locale.FRENCH,
            "mail.subject.verifyEmail",
            "mail.body.verifyEmail",
            "Ada",
            "http://x/verify-email?token=t",
            24L);
    assertTrue(hour.body().contains("within one hour."), hour.body());
    assertTrue(hour.body().contains("Hello Ada,"), hour.body());
    assertTrue(hour.body().contains("\nhttp://x/reset-password?token=t\n"), hour.body());
    assertTrue(day.body().contains("pendant 24 heures."), day.body());
  }

  @Test
  void aLetterGoesOutOverSmtpAsUtf8Text() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
      props.put("mail.from", "no-reply@painwise.test");
      Session session = Session.getInstance(props);
      Mail.Letter letter =
          Mail.compose(
              "zoe@example.org",
              Locale.FRENCH,
              "mail.subject.emailChanged",
              "mail.body.emailChanged",
              "Zoé",
              "zoe@example.com");

      jakarta.mail.Transport.send(Mail.mime(session, letter));

      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(1, received.length);
      assertEquals("Votre courriel Painwise a été changé", received[0].getSubject());
      assertEquals("zoe@example.org", received[0].getAllRecipients()[0].toString());
      assertEquals("fr", received[0].getHeader("Content-Language")[0]);
      assertTrue(received[0].getContentType().toLowerCase(Locale.ROOT).contains("utf-8"));
      assertTrue(String.valueOf(received[0].getContent()).startsWith("Bonjour Zoé,"));
    } finally {
      smtp.stop();
    }
  }
}
