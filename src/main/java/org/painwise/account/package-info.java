/** Accounts, roles, sign-up, and the JPA-backed Jakarta Security identity store. */
package org.painwise.account;
