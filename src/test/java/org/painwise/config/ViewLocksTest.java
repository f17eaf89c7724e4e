package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ViewLocksTest {

  private static final long WAIT = TimeUnit.SECONDS.toMillis(30);

  @Test
  void twoRequestsOfOneViewRunOneAfterTheOther() throws Exception {
    CountDownLatch firstIn = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                run(
                    "s1",
                    "-1:2",
                    () -> {
                      order.add("first in");
                      firstIn.countDown();
                      releaseFirst.await();
                      order.add("first out");
                    }));
    assertTrue(firstIn.await(10, TimeUnit.SECONDS));
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(() -> run("s1", "-1:2", () -> order.add("second")));
    Thread.sleep(300);
    assertEquals(List.of("first in"), order, "the second waits while the first runs");
    releaseFirst.countDown();
    assertTrue(first.get(10, TimeUnit.SECONDS));
    assertTrue(second.get(10, TimeUnit.SECONDS));
    assertEquals(List.of("first in", "first out", "second"), order);
  }

  @Test
  void otherViewsAndOtherSessionsDoNotWait() throws Exception {
    String[][] others = {{"s1", "-1:3"}, {"s2", "-1:2"}};
    for (String[] other : others) {
      // Two views that share a stripe would wait for each other; these two do not share one.
      assertNotSame(ViewLocks.lockOf("s1", "-1:2"), ViewLocks.lockOf(other[0], other[1]));
    }
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CountDownLatch firstIn = new CountDownLatch(1);
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                run(
                    "s1",
                    "-1:2",
                    () -> {
                      firstIn.countDown();
                      releaseFirst.await();
                    }));
    assertTrue(firstIn.await(10, TimeUnit.SECONDS));
    try {
      for (String[] other : others) {
        AtomicBoolean ran = new AtomicBoolean();
        assertTrue(
            CompletableFuture.supplyAsync(() -> run(other[0], other[1], () -> ran.set(true)))
                .get(10, TimeUnit.SECONDS));
        assertTrue(ran.get(), other[0] + " " + other[1] + " ran while s1 -1:2 was busy");
      }
    } finally {
      releaseFirst.countDown();
    }
    assertTrue(first.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aRequestThatWaitsTooLongIsNotRun() throws Exception {
    CountDownLatch firstIn = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                run(
                    "s3",
                    "5:6",
                    () -> {
                      firstIn.countDown();
                      releaseFirst.await();
                    }));
    assertTrue(firstIn.await(10, TimeUnit.SECONDS));
    AtomicBoolean ran = new AtomicBoolean();
    try {
      assertFalse(ViewLocks.runAlone("s3", "5:6", 200, () -> ran.set(true)));
      assertFalse(ran.get());
    } finally {
      releaseFirst.countDown();
    }
    assertTrue(first.get(10, TimeUnit.SECONDS));
    assertTrue(ViewLocks.runAlone("s3", "5:6", WAIT, () -> ran.set(true)));
    assertTrue(ran.get());
  }

  @Test
  void theLockIsFreeAgainAfterAFailure() throws Exception {
    RuntimeException boom = new IllegalStateException("boom");
    try {
      ViewLocks.runAlone(
          "s4",
          "7:8",
          WAIT,
          () -> {
            throw boom;
          });
    } catch (IllegalStateException e) {
      assertSame(boom, e);
    }
    assertFalse(ViewLocks.lockOf("s4", "7:8").isLocked());
  }

  private static boolean run(String session, String viewState, ViewLocks.Work work) {
    try {
      return ViewLocks.runAlone(session, viewState, WAIT, work);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
