package org.painwise.outcome;

import java.time.Instant;

/**
 * When the dashboard offers the knowledge check: before the first module (nothing completed and no
 * check taken yet), and after the last (every module completed and no check since the last
 * completion). At any other time the patient can still take it on request.
 */
public enum KnowledgeOffer {
  NONE,
  BEFORE,
  AFTER;

  /**
   * @param completed modules the patient has completed
   * @param modules modules in the catalogue
   * @param lastCompletion when the latest module was completed, or null
   * @param latestCheck when the latest knowledge check was taken, or null
   */
  public static KnowledgeOffer of(
      int completed, int modules, Instant lastCompletion, Instant latestCheck) {
    if (completed == 0) {
      return latestCheck == null ? BEFORE : NONE;
    }
    if (modules > 0
        && completed >= modules
        && (latestCheck == null
            || (lastCompletion != null && latestCheck.isBefore(lastCompletion)))) {
      return AFTER;
    }
    return NONE;
  }
}
