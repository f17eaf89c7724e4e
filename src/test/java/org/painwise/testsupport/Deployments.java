package org.painwise.testsupport;

import java.io.File;
import java.util.Locale;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Archives for the in-container ITs: the real WAR that {@code mvn package} built, plus the test
 * support classes, under a name and context root of each test class's own. The suite's one test
 * server already runs the application as {@code painwise-it.war} for the black-box ITs (see {@link
 * TestServer}); a name per class lets two test forks deploy at the same time, and shows the app
 * works under any context root.
 */
public final class Deployments {

  private Deployments() {}

  /**
   * The application alone, as users get it (StorageFailureIT deploys it to a server of its own).
   */
  public static WebArchive app() {
    return named("painwise-it");
  }

  /** The application plus the test support classes and the given test classes. */
  public static WebArchive appWithTests(Class<?> testClass, Class<?>... more) {
    return named("painwise-" + testClass.getSimpleName().toLowerCase(Locale.ROOT))
        .addPackage(Deployments.class.getPackage())
        .addClass(testClass)
        .addClasses(more);
  }

  private static WebArchive named(String name) {
    File war = new File(System.getProperty("painwise.war", "target/painwise.war"));
    return ShrinkWrap.create(ZipImporter.class, name + ".war")
        .importFrom(war)
        .as(WebArchive.class)
        .addAsWebInfResource(
            new StringAsset(
                "<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"1.0\">"
                    + "<context-root>/"
                    + name
                    + "</context-root></jboss-web>"),
            "jboss-web.xml");
  }
}
