package org.painwise.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method of a {@link Guarded} service that anyone may call, signed in or not (sign-up, the
 * inviter's name shown on the sign-up page). Says so on purpose, so that no check is forgotten.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Open {}
