package org.painwise.clinic;

import java.io.Serializable;
import java.util.List;

/**
 * What an assign did: how many assignments it made, and which it skipped because the same module
 * was already assigned to that client and still open (not withdrawn, not complete).
 *
 * @param made the assignments made
 * @param skipped the client and module of each one skipped, in the order asked
 */
public record AssignmentResult(int made, List<Skipped> skipped) implements Serializable {

  /** One assignment not made: this client already has this module open. */
  public record Skipped(long patientId, String patientName, long moduleId, String moduleTitle)
      implements Serializable {}

  public AssignmentResult {
    skipped = List.copyOf(skipped);
  }
}
