package org.painwise.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.painwise.config.MailSettings;

/**
 * Mail "on" for one in-container test deployment only: the account emails behave as with an SMTP
 * server (sign-up needs the emailed link, resets go by email), and the mail lands in that
 * deployment's outbox, where the test reads it. A system property would turn it on for the whole
 * test server, whose other tests sign up thousands of accounts without mail.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MailDeliveredToTheOutbox extends MailSettings {

  @Override
  public boolean smtp() {
    return false;
  }

  @Override
  public boolean delivers() {
    return true;
  }
}
