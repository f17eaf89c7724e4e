package org.painwise.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a test class's tests inside the suite's test server, in the one shared in-container
 * deployment {@code painwise-itc.war} that the build deploys once (the real WAR plus the test
 * classes; see the pom). JUnit runs the class here as usual, but each test method, with its
 * {@code @BeforeEach} and {@code @AfterEach} methods, runs in the server: {@link InContainerRunner}
 * makes a fresh instance there, injects it (CDI, {@code @PersistenceContext}, {@link
 * DeploymentUrl}), and runs the three on one thread, as Arquillian's servlet protocol did. A
 * failure in the server comes back as the same exception (serialised), or as an {@link
 * AssertionError} with its stack trace when it cannot be serialised.
 *
 * <p>This replaces one Arquillian deployment per test class (each a full boot of the WAR: Weld,
 * Hibernate, Flyway validation, Faces and the lessons) with one for the whole suite. Tests that
 * need a deployment of their own (an alternative bean that changes the app, a lesson fixture,
 * another server) still use Arquillian.
 */
public class InContainer implements InvocationInterceptor {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The shared in-container deployment's root URL, ending in a slash. */
  public static URI deployment() {
    String url = System.getProperty("painwise.itc.url", "http://127.0.0.1:8080/painwise-itc/");
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext) {
    invocation.skip(); // runs in the server, with the test
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext) {
    invocation.skip(); // runs in the server, with the test
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    invocation.skip();
    Method test = invocationContext.getExecutable();
    if (test.getParameterCount() != 0) {
      throw new IllegalStateException("in-container tests take no parameters: " + test);
    }
    run(extensionContext.getRequiredTestClass(), test.getName());
  }

  static void run(Class<?> testClass, String method) throws Throwable {
    URI uri =
        deployment()
            .resolve(
                InContainerRunner.PATH.substring(1)
                    + "?class="
                    + URLEncoder.encode(testClass.getName(), StandardCharsets.UTF_8)
                    + "&method="
                    + URLEncoder.encode(method, StandardCharsets.UTF_8));
    HttpResponse<byte[]> response;
    try {
      response =
          HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(
          "The in-container deployment does not answer at "
              + uri
              + " (the build deploys painwise-itc.war to the test server)",
          e);
    }
    String outcome = response.headers().firstValue(InContainerRunner.OUTCOME).orElse("");
    switch (outcome) {
      case InContainerRunner.PASSED:
        return;
      case InContainerRunner.FAILED:
        throw failure(response.body());
      case InContainerRunner.FAILED_AS_TEXT:
        throw new AssertionError(
            "in the server:\n" + new String(response.body(), StandardCharsets.UTF_8));
      default:
        throw new IllegalStateException(
            "The in-container runner at "
                + uri
                + " answered "
                + response.statusCode()
                + " without an outcome:\n"
                + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  private static Throwable failure(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int end = text.indexOf('\n');
    String encoded = end < 0 ? text : text.substring(0, end);
    String trace =
        end < 0 ? "" : new String(body, end + 1, body.length - end - 1, StandardCharsets.UTF_8);
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      return (Throwable) in.readObject();
    } catch (IOException
        | ClassNotFoundException
        | ClassCastException
        | IllegalArgumentException e) {
      AssertionError unreadable = new AssertionError("in the server:\n" + trace);
      unreadable.addSuppressed(e);
      return unreadable;
    }
  }
}
