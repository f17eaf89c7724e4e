package org.painwise.outcome;

/**
 * The optional safety questions of a check-in. A "yes" to any of them shows "seek care now"
 * guidance at once, is stored with the check-in and raises {@link RedFlagRaised}. Painwise gives no
 * diagnosis: the questions only route the patient to care. Wording: bundle key {@code
 * checkin.flag.NAME}.
 */
public enum RedFlag {
  NUMBNESS,
  BLADDER,
  FEVER,
  SELF_HARM
}
