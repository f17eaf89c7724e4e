package org.painwise.config;

/** The order in which start-up observers run: lower first. */
public final class StartupOrder {
  public static final int MIGRATE = 100;
  public static final int LESSONS = 200;
  public static final int QUIZZES = 300;
  public static final int DEMO_DATA = 400;

  private StartupOrder() {}
}
