package org.painwise.account;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every public method of a guarded service checks who is asking, whatever the URL: the caller must
 * be signed in and hold one of {@link #value()} (any role when empty); a {@link Self} parameter
 * must be the caller's own account, and a {@link Learner} parameter a learner the caller may see. A
 * method-level annotation replaces the class-level roles; {@link Open} marks a method that anyone
 * may call. Work that nobody asked for in a request (start-up imports, demo data, the reminder
 * timer) runs under {@link SystemIdentity}. See {@link GuardInterceptor}.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {

  /** The roles allowed; empty means any signed-in caller. */
  @Nonbinding
  Role[] value() default {};
}
