package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The outbox keeps the newest messages only, newest first, and finds them by recipient. */
class OutboxTest {

  @Test
  void theOldestGoWhenItIsFullAndTheNewestComeFirst() {
    Outbox outbox = new Outbox(3);
    for (int i = 1; i <= 5; i++) {
      outbox.add("p" + i + "@example.org", Locale.ENGLISH, "subject " + i, "body " + i);
    }
    assertEquals(3, outbox.count(null));
    assertEquals(
        List.of("subject 5", "subject 4", "subject 3"),
        outbox.page("", 0, 10).stream().map(Outbox.Message::subject).toList());
    assertEquals(
        List.of("subject 4"),
        outbox.page(" ", 1, 1).stream().map(Outbox.Message::subject).toList());
  }

  @Test
  void aSearchMatchesPartOfTheRecipientWithoutCase() {
    Outbox outbox = new Outbox(10);
    outbox.add("ada@example.org", Locale.ENGLISH, "one", "");
    outbox.add("bea@example.org", Locale.FRENCH, "two", "");
    outbox.add("ada@example.org", Locale.ENGLISH, "three", "");
    assertEquals(2, outbox.count("ADA@"));
    assertEquals(
        List.of("three", "one"),
        outbox.page("ada", 0, 10).stream().map(Outbox.Message::subject).toList());
    assertEquals("three", outbox.latestTo("Ada@Example.org").orElseThrow().subject());
    assertEquals(0, outbox.count("nobody"));
  }

  @Test
  void anOutboxHoldsAtLeastOneMessage() {
    assertThrows(IllegalArgumentException.class, () -> new Outbox(0));
  }
}
