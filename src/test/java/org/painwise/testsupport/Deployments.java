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

  /**
   * The application with one more lesson module (a fixture folder {@code NN-slug} of test
   * resources) beside the real curriculum, under a name of the test class's own. Its lessons load
   * into the suite's shared database like the real ones; a test that deploys it reaches it over
   * HTTP ({@code @Deployment(testable = false)} and {@code @ArquillianResource URL}).
   */
  public static WebArchive appWithLessonModule(Class<?> testClass, java.nio.file.Path module) {
    WebArchive war = named("painwise-" + testClass.getSimpleName().toLowerCase(Locale.ROOT));
    String folder = module.getFileName().toString();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(module)) {
      files
          .filter(java.nio.file.Files::isRegularFile)
          .forEach(
              f ->
                  war.addAsWebInfResource(
                      f.toFile(),
                      "lessons/"
                          + folder
                          + "/"
                          + module.relativize(f).toString().replace('\\', '/')));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return war;
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
