/** Backing beans of the therapist pages and the patient's therapist and assignment views. */
package org.painwise.clinic.view;
