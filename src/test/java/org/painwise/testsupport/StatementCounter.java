package org.painwise.testsupport;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;

/**
 * Hibernate's statement statistics, reached by reflection inside the server, so the test client
 * needs no Hibernate on its class path.
 */
public final class StatementCounter {

  private final Object statistics;

  private StatementCounter(Object statistics) {
    this.statistics = statistics;
  }

  public static StatementCounter of(EntityManagerFactory emf) {
    try {
      Class<?> sessionFactory =
          Class.forName("org.hibernate.SessionFactory", true, emf.getClass().getClassLoader());
      Object sf = emf.unwrap(sessionFactory);
      return new StatementCounter(sf.getClass().getMethod("getStatistics").invoke(sf));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Hibernate statistics are not available", e);
    }
  }

  public void enable(boolean on) {
    call("setStatisticsEnabled", new Class<?>[] {boolean.class}, on);
  }

  public void clear() {
    call("clear", new Class<?>[0]);
  }

  /** JDBC statements prepared since the last clear. */
  public long prepared() {
    return (Long) call("getPrepareStatementCount", new Class<?>[0]);
  }

  private Object call(String name, Class<?>[] types, Object... args) {
    try {
      Method m = statistics.getClass().getMethod(name, types);
      return m.invoke(statistics, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
