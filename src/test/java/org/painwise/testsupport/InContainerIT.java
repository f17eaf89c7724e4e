package org.painwise.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The shared in-container runner itself ({@link InContainer}, {@link InContainerRunner}), called
 * from here as the extension calls it: a method runs in the server with injection and its before
 * and after methods; a failure there comes back here as the same exception with its message, or as
 * an AssertionError with the server's stack trace when it cannot be serialised or read back; an
 * unknown class or method is a failure, never a pass.
 */
class InContainerIT {

  @Test
  void aTestRunsInTheServerWithInjectionAndItsLifecycle() {
    assertDoesNotThrow(() -> InContainer.run(InContainerFixture.class, "injectedInTheServer"));
  }

  @Test
  void aFailureInTheServerComesBackWithItsMessage() {
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () -> InContainer.run(InContainerFixture.class, "failsWithAMessage"));
    assertTrue(failure.getMessage().startsWith("the message from the server"));
    assertEquals("expected", failure.getExpected().getValue());
  }

  @Test
  void aFailureThatCannotBeSerialisedComesBackAsItsStackTrace() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> InContainer.run(InContainerFixture.class, "failsWithSomethingUnserialisable"));
    assertTrue(failure.getMessage().contains("a failure whose field cannot be serialised"));
    assertTrue(failure.getMessage().contains("InContainerFixture"));
  }

  @Test
  void aFailureWithACauseOnlyTheServerHasComesBackAsItsStackTrace() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> InContainer.run(InContainerFixture.class, "failsWithACauseOnlyTheServerHas"));
    assertTrue(failure.getMessage().contains("only the server has this class"));
    assertTrue(failure.getMessage().contains("IllegalStateException: wrapped"));
  }

  @Test
  void anUnknownMethodIsAFailureNotAPass() {
    assertThrows(
        NoSuchMethodException.class, () -> InContainer.run(InContainerFixture.class, "noSuchTest"));
  }
}
