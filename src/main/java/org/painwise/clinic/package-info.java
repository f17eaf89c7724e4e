/** The clinic side: therapist–client links, invitations, assignments, notices and reminders. */
package org.painwise.clinic;
