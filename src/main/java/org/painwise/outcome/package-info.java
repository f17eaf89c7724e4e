/**
 * Outcomes: the instrument registry (what each measure is, its source and its licence), check-ins
 * with their red-flag safety routing, and the charts of a patient's measures over time.
 */
package org.painwise.outcome;
