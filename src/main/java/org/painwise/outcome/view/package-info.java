/** Backing beans of the patient's check-in page. */
package org.painwise.outcome.view;
