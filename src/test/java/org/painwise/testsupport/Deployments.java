package org.painwise.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the real WAR that {@code mvn package} built, under another name and context
 * root, so that they never clash with a WAR that {@code wildfly:run} left in the server's
 * configuration, and so that the tests show the app works under any context root.
 */
public final class Deployments {

  private Deployments() {}

  /** The application as users get it, for black-box tests over HTTP and in the browser. */
  public static WebArchive app() {
    File war = new File(System.getProperty("painwise.war", "target/painwise.war"));
    return ShrinkWrap.create(ZipImporter.class, "painwise-it.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addAsWebInfResource(
            new StringAsset(
                "<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"1.0\">"
                    + "<context-root>/painwise-it</context-root></jboss-web>"),
            "jboss-web.xml");
  }

  /** The application plus the test support classes, for in-container tests. */
  public static WebArchive appWithTests(Class<?>... testClasses) {
    return app().addPackage(Deployments.class.getPackage()).addClasses(testClasses);
  }
}
