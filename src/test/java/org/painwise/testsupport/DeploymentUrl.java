package org.painwise.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code URL} field of an {@link InContainer} test: the runner sets it to the root URL of
 * the deployment the test runs in (ending in a slash), so the test can also use the app over HTTP.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DeploymentUrl {}
