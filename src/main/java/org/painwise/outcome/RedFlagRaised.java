package org.painwise.outcome;

import java.time.Instant;
import java.util.Set;

/**
 * A check-in answered "yes" to a red-flag question. Fired in the check-in's transaction; the clinic
 * observes it and tells each therapist the patient shares check-ins with.
 */
public record RedFlagRaised(long patientId, long checkinId, Set<RedFlag> flags, Instant at) {}
