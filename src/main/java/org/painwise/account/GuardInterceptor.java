package org.painwise.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks role and ownership before a {@link Guarded} service method runs (and before its
 * transaction opens): see {@link Guarded}. A refusal is an {@link AccessDeniedException}.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class GuardInterceptor {

  @Inject private Caller caller;
  @Inject private Instance<LearnerAccess> learnerAccess;

  @AroundInvoke
  public Object check(InvocationContext ctx) throws Exception {
    Method method = ctx.getMethod();
    if (method.isAnnotationPresent(Open.class) || caller.isSystem()) {
      return ctx.proceed();
    }
    String what = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Caller.Identity me =
        caller.current().orElseThrow(() -> new AccessDeniedException(what + ": nobody signed in"));
    Role[] roles = roles(method);
    if (roles.length > 0 && Arrays.stream(roles).noneMatch(r -> r == me.role())) {
      throw new AccessDeniedException(what + ": not for " + me.role());
    }
    Annotation[][] annotations = method.getParameterAnnotations();
    Object[] args = ctx.getParameters();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation a : annotations[i]) {
        long id = ((Number) args[i]).longValue();
        if (a instanceof Self && id != me.id()) {
          throw new AccessDeniedException(what + ": another account's id");
        }
        if (a instanceof Learner && id != me.id() && !maySee(me.id(), id)) {
          throw new AccessDeniedException(what + ": a learner the caller may not see");
        }
      }
    }
    return ctx.proceed();
  }

  private boolean maySee(long viewerId, long learnerId) {
    for (LearnerAccess access : learnerAccess) {
      if (access.maySee(viewerId, learnerId)) {
        return true;
      }
    }
    return false;
  }

  private static Role[] roles(Method method) {
    return Optional.ofNullable(method.getAnnotation(Guarded.class))
        .or(() -> Optional.ofNullable(method.getDeclaringClass().getAnnotation(Guarded.class)))
        .map(Guarded::value)
        .orElse(new Role[0]);
  }
}
