package org.painwise.testsupport;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The server side of {@link InContainer}: runs one test method of a test class with its
 * {@code @BeforeEach} and {@code @AfterEach} methods on this request's thread, in a fresh instance
 * injected by CDI, and answers with the outcome in a header. It exists only in the test deployments
 * (the test support package is never in the application's WAR).
 */
@WebServlet(InContainerRunner.PATH)
public class InContainerRunner extends HttpServlet {

  static final String PATH = "/in-container-test";
  static final String OUTCOME = "X-Test-Outcome";
  static final String PASSED = "passed";
  static final String FAILED = "failed";
  static final String FAILED_AS_TEXT = "failed-as-text";

  private static final long serialVersionUID = 1L;

  @Inject transient BeanManager beans;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Throwable failure;
    TestCaller.clear();
    try {
      Class<?> testClass =
          Class.forName(
              request.getParameter("class"), true, Thread.currentThread().getContextClassLoader());
      failure = run(testClass, request.getParameter("method"), deploymentUrl(request));
    } catch (ReflectiveOperationException | RuntimeException e) {
      failure = e;
    } finally {
      TestCaller.clear();
    }
    response.setHeader("Cache-Control", "no-store");
    if (failure == null) {
      response.setHeader(OUTCOME, PASSED);
      return;
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    byte[] serialised = serialise(failure);
    response.setContentType("text/plain;charset=UTF-8");
    if (serialised != null) {
      // The exception, then its stack trace for when the client cannot read it back (a cause
      // whose class only the server has).
      response.setHeader(OUTCOME, FAILED);
      response.getOutputStream().write(Base64.getEncoder().encode(serialised));
      response.getOutputStream().write('\n');
    } else {
      response.setHeader(OUTCOME, FAILED_AS_TEXT);
    }
    response.getOutputStream().write(trace.toString().getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Throwable run(Class<?> testClass, String methodName, URL deploymentUrl)
      throws ReflectiveOperationException {
    Method test = testClass.getDeclaredMethod(methodName);
    InjectionTarget target =
        beans
            .getInjectionTargetFactory(beans.createAnnotatedType(testClass))
            .createInjectionTarget(null);
    CreationalContext context = beans.createCreationalContext(null);
    Constructor<?> constructor = testClass.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    target.inject(instance, context);
    target.postConstruct(instance);
    setDeploymentUrls(instance, deploymentUrl);
    Throwable failure = null;
    try {
      for (Method before : lifecycle(testClass, BeforeEach.class, true)) {
        invoke(before, instance);
      }
      invoke(test, instance);
    } catch (Throwable t) {
      failure = t;
    }
    for (Method after : lifecycle(testClass, AfterEach.class, false)) {
      try {
        invoke(after, instance);
      } catch (Throwable t) {
        if (failure == null) {
          failure = t;
        } else {
          failure.addSuppressed(t);
        }
      }
    }
    target.preDestroy(instance);
    target.dispose(instance);
    context.release();
    return failure;
  }

  /** JUnit's order: superclass {@code @BeforeEach} first, superclass {@code @AfterEach} last. */
  private static List<Method> lifecycle(
      Class<?> testClass, Class<? extends java.lang.annotation.Annotation> kind, boolean topDown) {
    Deque<Method> methods = new ArrayDeque<>();
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      List<Method> own = new ArrayList<>();
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(kind) && !Modifier.isStatic(m.getModifiers())) {
          own.add(m);
        }
      }
      if (topDown) {
        own.forEach(methods::addFirst);
      } else {
        own.forEach(methods::addLast);
      }
    }
    return new ArrayList<>(methods);
  }

  private static void invoke(Method method, Object instance) throws Throwable {
    method.setAccessible(true);
    try {
      method.invoke(instance);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void setDeploymentUrls(Object instance, URL url) throws IllegalAccessException {
    for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(DeploymentUrl.class)) {
          f.setAccessible(true);
          f.set(instance, url);
        }
      }
    }
  }

  private static URL deploymentUrl(HttpServletRequest request) {
    try {
      return URI.create(
              request.getScheme()
                  + "://"
                  + request.getServerName()
                  + ":"
                  + request.getServerPort()
                  + request.getContextPath()
                  + "/")
          .toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serialise(Throwable failure) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(failure);
    } catch (IOException e) {
      return null;
    }
    return bytes.toByteArray();
  }
}
