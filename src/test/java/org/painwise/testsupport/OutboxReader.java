package org.painwise.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail of the test server, as its admin reads it: the test server has no SMTP server, so what
 * the app sends is kept in its outbox, and {@code /admin/outbox?to=…} lists the messages to one
 * recipient, newest first. Black-box tests read mail here (in-container tests inject the outbox).
 */
public final class OutboxReader {

  private static final Pattern ROW =
      Pattern.compile(
          "class=\"pw-mail-to\">(.*?)</span>.*?class=\"pw-mail-subject\">(.*?)</span>"
              + ".*?<pre class=\"pw-mail-body\" lang=\"([a-z]*)\">(.*?)</pre>",
          Pattern.DOTALL);

  /** One message: recipient, subject, body and the language it was written in. */
  public record Mail(String to, String subject, String body, String language) {

    /** The first absolute link in the body to a path containing {@code page}. */
    public String link(String page) {
      Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(page) + "\\S*").matcher(body);
      if (!m.find()) {
        throw new AssertionError("No link to " + page + " in:\n" + body);
      }
      return m.group();
    }
  }

  private final FacesClient admin;

  /** Reads the outbox of the app at {@code base} as the demo admin. */
  public OutboxReader(URL base) {
    admin = new FacesClient(base);
    assertEquals(302, admin.login("admin@painwise.test", "painwise-demo").status());
  }

  /** The messages to exactly this address (of the page's first 50), newest first. */
  public List<Mail> to(String email) {
    FacesClient.Page page =
        admin.get("/admin/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    assertEquals(200, page.status(), page.body());
    List<Mail> mails = new ArrayList<>();
    Matcher row = ROW.matcher(page.body());
    while (row.find()) {
      Mail mail =
          new Mail(
              unescape(row.group(1)), unescape(row.group(2)), unescape(row.group(4)), row.group(3));
      if (mail.to().equalsIgnoreCase(email)) {
        mails.add(mail);
      }
    }
    return mails;
  }

  /** The messages to this address whose subject starts with {@code subjectStart}. */
  public List<Mail> to(String email, String subjectStart) {
    return to(email).stream().filter(m -> m.subject().startsWith(subjectStart)).toList();
  }

  private static String unescape(String html) {
    return FacesClient.unescape(html);
  }
}
