/** Backing beans of the patient's dashboard and progress pages. */
package org.painwise.progress.view;
