package org.painwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page views are noted in memory: the last page, and the span of the visits, per learner. */
class VisitBufferTest {

  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void keepsTheLastPageAndTheFirstAndLastMoment() {
    VisitBuffer buffer = new VisitBuffer();
    buffer.remember(1, 10, T0);
    buffer.remember(1, 11, T0.plusSeconds(20));
    buffer.remember(1, 12, T0.plusSeconds(45));
    buffer.remember(2, 20, T0.plusSeconds(5));

    assertEquals(new VisitBuffer.Pending(12, T0, T0.plusSeconds(45)), buffer.peek(1).orElseThrow());
    assertEquals(12, buffer.take(1).orElseThrow().pageId());
    assertTrue(buffer.peek(1).isEmpty(), "taken to be written");
    assertEquals(
        Map.of(2L, new VisitBuffer.Pending(20, T0.plusSeconds(5), T0.plusSeconds(5))),
        buffer.takeAll());
    assertTrue(buffer.isEmpty());
  }

  @Test
  void anOlderVisitNeverReplacesALaterOne() {
    VisitBuffer buffer = new VisitBuffer();
    buffer.remember(1, 11, T0.plusSeconds(30));
    buffer.remember(1, 10, T0); // a request that took longer and finished last
    assertEquals(new VisitBuffer.Pending(11, T0, T0.plusSeconds(30)), buffer.peek(1).orElseThrow());
  }

  @Test
  void visitsThatCouldNotBeWrittenComeBackMergedWithNewerOnes() {
    VisitBuffer buffer = new VisitBuffer();
    buffer.remember(1, 10, T0);
    Map<Long, VisitBuffer.Pending> taken = buffer.takeAll();
    buffer.remember(1, 11, T0.plusSeconds(50));
    buffer.restore(taken);
    assertEquals(new VisitBuffer.Pending(11, T0, T0.plusSeconds(50)), buffer.peek(1).orElseThrow());
  }
}
