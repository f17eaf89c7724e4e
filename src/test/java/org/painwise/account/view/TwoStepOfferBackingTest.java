package org.painwise.account.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page a sign-in was going to waits in the session only as a path within the app. */
class TwoStepOfferBackingTest {

  @Test
  void aPageOfTheAppKeepsItsPathQueryAndAnchor() {
    assertEquals(
        Optional.of("/painwise/therapist/client?id=7#timeline"),
        TwoStepOfferBacking.local(
            "/painwise", "http://localhost:8080/painwise/therapist/client?id=7#timeline"));
    assertEquals(
        Optional.of("/painwise/therapist/index"),
        TwoStepOfferBacking.local("/painwise", "/painwise/therapist/index"));
    assertEquals(
        Optional.of("/therapist/index"), TwoStepOfferBacking.local("", "/therapist/index"));
  }

  @Test
  void anotherHostIsNeverKeptOnlyAPathOnThisSite() {
    assertEquals(Optional.of("/x"), TwoStepOfferBacking.local("", "//evil.example/x"));
    assertEquals(Optional.of("/x"), TwoStepOfferBacking.local("", "https://evil.example/x"));
  }

  @Test
  void anythingElseIsDropped() {
    assertEquals(Optional.empty(), TwoStepOfferBacking.local("/painwise", "/other/page"));
    assertEquals(Optional.empty(), TwoStepOfferBacking.local("", "http://x.example//evil.example"));
    assertEquals(Optional.empty(), TwoStepOfferBacking.local("/painwise", "/painwise"));
    assertEquals(Optional.empty(), TwoStepOfferBacking.local("/painwise", "not a uri \\"));
    assertEquals(Optional.empty(), TwoStepOfferBacking.local("/painwise", null));
  }
}
