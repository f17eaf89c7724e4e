/**
 * The soak test (issue 15): a Gatling simulation of patients and therapists at reading pace ({@link
 * org.painwise.bench.soak.SoakSimulation}), the ledger of what the server acknowledged, the check
 * that every acknowledged quiz answer is in the database, read back through the patient's own
 * export ({@link org.painwise.bench.soak.SoakCheck}), and the CI run ({@code SoakIT}).
 */
package org.painwise.bench.soak;
