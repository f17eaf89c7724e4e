/**
 * Check-ins as HL7 FHIR R4 JSON: a Questionnaire per instrument and a QuestionnaireResponse per
 * instrument answered in a check-in, in a collection Bundle, for the patient and a sharing
 * therapist.
 */
package org.painwise.outcome.fhir;
