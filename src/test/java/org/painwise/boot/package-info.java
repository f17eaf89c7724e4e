/**
 * Tests that boot a WildFly of their own, beside the suite's shared test server: {@code
 * DurabilityIT} (acknowledged work survives a {@code kill -9} and a restart) and {@code
 * StorageFailureIT} (a full disk under H2). They are the longest integration tests after {@code
 * bench.BenchSmokeIT}. Failsafe hands classes to its forks in alphabetical order, and this package
 * sorts before {@code browser}, so they start at the beginning, beside the benchmark smoke run,
 * instead of running alone at the end while the other forks sit idle.
 */
package org.painwise.boot;
