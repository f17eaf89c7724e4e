package org.painwise.outcome;

import java.time.Instant;
import java.util.List;

/**
 * What the patient's therapists said about journal items: "discussed in session" marks with an
 * optional note. Implemented by the clinic, so that the journal page shows them without naming the
 * clinic.
 */
public interface JournalRemarks {

  /** A mark on one journal item: when it was discussed, and the note for the patient (or null). */
  record Remark(long itemId, Instant markedAt, String note) {
    public long getItemId() {
      return itemId;
    }

    public Instant getMarkedAt() {
      return markedAt;
    }

    public String getNote() {
      return note;
    }
  }

  /** The marks on the signed-in patient's own journal items, newest first. */
  List<Remark> remarksOn(long patientId);
}
