package org.painwise.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a learner's account id parameter of a {@link Guarded} method: the caller must be that learner,
 * or someone a {@link LearnerAccess} lets see them (their therapist).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Learner {}
