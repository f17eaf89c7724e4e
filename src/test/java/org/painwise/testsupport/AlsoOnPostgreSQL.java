package org.painwise.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The IT runs twice in {@code mvn verify}: on H2 with the rest of the suite, then again in the
 * PostgreSQL test run (the pom's profile {@code postgresql-its}, whose Failsafe execution selects
 * the JUnit tag {@value #TAG}). This tag is the one list of that subset; {@code
 * config.PostgresRunConfigTest} keeps every in-container IT in it, or names why not. A test in it
 * must make its own data and use SQL that both databases run.
 */
@Tag(AlsoOnPostgreSQL.TAG)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AlsoOnPostgreSQL {

  /** The JUnit tag of the subset (Failsafe's {@code groups} in the pom). */
  String TAG = "postgresql";
}
