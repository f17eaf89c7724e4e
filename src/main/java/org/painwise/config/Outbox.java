package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The mail that was not sent to an SMTP server because none is configured ({@link MailSettings}):
 * the newest {@code painwise.mail.outbox.size} messages (500 by default), in memory, on this node
 * only, lost at a restart. An admin reads them at {@code /admin/outbox} (through the guarded
 * account service); each one also leaves a line in the log.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  static final int DEFAULT_SIZE = 500;

  /**
   * One message as it would have been sent. Serializable: the outbox page's table keeps the rows it
   * shows in the view state, which a cluster copies to the other node.
   */
  public record Message(
      long id, Instant sentAt, String to, Locale locale, String subject, String body)
      implements java.io.Serializable {}

  private final int size;
  private final Deque<Message> messages = new ArrayDeque<>();
  private final AtomicLong ids = new AtomicLong();

  public Outbox() {
    this(Settings.read("painwise.mail.outbox.size").map(Integer::parseInt).orElse(DEFAULT_SIZE));
  }

  Outbox(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("painwise.mail.outbox.size must be at least 1: " + size);
    }
    this.size = size;
  }

  /** Keeps one message, dropping the oldest when the outbox is full. */
  public Message add(String to, Locale locale, String subject, String body) {
    Message message = new Message(ids.incrementAndGet(), Instant.now(), to, locale, subject, body);
    synchronized (messages) {
      messages.addFirst(message);
      while (messages.size() > size) {
        messages.removeLast();
      }
    }
    LOG.info(
        () ->
            "Mail to "
                + to
                + " kept in the outbox (no SMTP server is configured; an admin reads it at"
                + " /admin/outbox): "
                + subject);
    return message;
  }

  /** How many messages there are to a recipient containing {@code search} (all when blank). */
  public long count(String search) {
    synchronized (messages) {
      return messages.stream().filter(to(search)).count();
    }
  }

  /** One page of them, newest first. */
  public List<Message> page(String search, int first, int max) {
    synchronized (messages) {
      return messages.stream().filter(to(search)).skip(Math.max(0, first)).limit(max).toList();
    }
  }

  /** The newest message to exactly this address, if any. */
  public java.util.Optional<Message> latestTo(String address) {
    synchronized (messages) {
      return messages.stream().filter(m -> m.to().equalsIgnoreCase(address)).findFirst();
    }
  }

  private static Predicate<Message> to(String search) {
    if (search == null || search.isBlank()) {
      return m -> true;
    }
    String part = search.strip().toLowerCase(Locale.ROOT);
    return m -> m.to().toLowerCase(Locale.ROOT).contains(part);
  }
}
