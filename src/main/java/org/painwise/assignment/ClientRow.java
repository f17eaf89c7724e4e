package org.painwise.assignment;

import java.io.Serializable;
import java.time.Instant;

/** One row of a therapist's client table. */
public record ClientRow(long patientId, String name, String email, long assigned, long completed,
    long overdue, Instant lastActivity, Integer latestScore) implements Serializable {}
