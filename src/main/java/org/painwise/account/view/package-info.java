/** Backing beans for the sign-up, login and admin user pages. */
package org.painwise.account.view;
