package org.painwise.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Session-, view- and conversation-scoped beans live in the HTTP session, and a distributable
 * session (the cluster, README "Cluster") copies them to the other node after each request. So each
 * such bean class must be {@link Serializable}, and every field that is not {@code transient} must
 * hold something serialisable: a type that is (checked again inside the app's own classes, and in
 * the type arguments of collections), or an injected bean that Weld hands over as a serialisable
 * client proxy (a normal-scoped bean or an EJB). An EntityManager, a servlet {@code Part}, a {@code
 * Function} or a plain {@code Object} in such a field fails here.
 *
 * <p>Weld itself checks only the injected fields, at deployment; this test reads every field of the
 * compiled classes.
 */
class PassivatingBeansTest {

  /** The scopes whose beans are kept in the session. */
  private static final List<Class<? extends Annotation>> PASSIVATING =
      List.of(
          SessionScoped.class,
          ConversationScoped.class,
          jakarta.faces.view.ViewScoped.class,
          jakarta.faces.flow.FlowScoped.class,
          org.omnifaces.cdi.ViewScoped.class);

  /** Beans injected as client proxies (serialisable whatever the bean holds). */
  private static final List<Class<? extends Annotation>> PROXIED =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ConversationScoped.class,
          jakarta.faces.view.ViewScoped.class,
          jakarta.ejb.Stateless.class,
          jakarta.ejb.Singleton.class);

  /** Interfaces whose values the app always makes serialisable (JDK collections). */
  private static final Set<Class<?>> CONTAINERS =
      Set.of(Collection.class, List.class, Set.class, Map.class, java.util.SortedMap.class);

  private static final List<Class<?>> APP =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.painwise")
              .stream()
              .map(JavaClass::reflect)
              .toList();

  @Test
  void passivatingBeansAreSerializableThroughAndThrough() {
    List<Class<?>> beans = APP.stream().filter(PassivatingBeansTest::passivating).toList();
    List<String> problems = new ArrayList<>();
    beans.forEach(bean -> problems.addAll(new Check(APP).bean(bean)));
    System.out.printf(
        "PassivatingBeansTest: %d session/view-scoped beans checked: %s%n",
        beans.size(), beans.stream().map(Class::getSimpleName).sorted().toList());
    // SignedInUser (session) and the ajax views' backing beans, at least.
    assertTrue(beans.size() >= 10, "the passivating beans were found: " + beans);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The check itself finds what it is there for. */
  @Test
  void theCheckFindsWhatCannotBeSerialised() {
    List<Class<?>> fixtures = List.of(BadBean.class, Helper.class, Rows.class, GoodBean.class);
    Check check = new Check(fixtures);
    List<String> bad = check.bean(BadBean.class);
    assertEquals(
        List.of(
            "BadBean.gone: transient and injected, so null once the session is read on another"
                + " node (Weld does not inject it again): look it up (CDI.current()) or keep it",
            "BadBean.em: jakarta.persistence.EntityManager is not Serializable",
            "BadBean.anything: java.lang.Object is not Serializable",
            "BadBean.rows -> Rows.byName (type argument): java.lang.Thread is not Serializable",
            "BadBean.helper: an injected bean that is not proxied and not Serializable"
                + " (org.painwise.architecture.PassivatingBeansTest$Helper)",
            "BadBean.mapper: java.util.function.Function is not Serializable"),
        bad);
    assertEquals(List.of(), check.bean(GoodBean.class));
    assertEquals(
        List.of("NotSerializable: the bean class is not Serializable"),
        check.bean(NotSerializable.class));
  }

  private static boolean passivating(Class<?> c) {
    return PASSIVATING.stream().anyMatch(c::isAnnotationPresent);
  }

  /** Walks a bean's fields and the types they hold. */
  private static final class Check {

    private final List<Class<?>> app;
    private final Set<Class<?>> visited = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    Check(List<Class<?>> app) {
      this.app = app;
    }

    List<String> bean(Class<?> bean) {
      problems.clear();
      visited.clear();
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getSimpleName() + ": the bean class is not Serializable");
        return List.copyOf(problems);
      }
      visited.add(bean);
      for (Class<?> k = bean;
          k != null && k.getName().startsWith("org.painwise");
          k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isTransient(f.getModifiers()) && f.isAnnotationPresent(Inject.class)) {
            problems.add(
                bean.getSimpleName()
                    + "."
                    + f.getName()
                    + ": transient and injected, so null once the session is read on another node"
                    + " (Weld does not inject it again): look it up (CDI.current()) or keep it");
          }
        }
      }
      for (Field f : fields(bean)) {
        String path = bean.getSimpleName() + "." + f.getName();
        if (f.isAnnotationPresent(Inject.class)) {
          injected(f, path);
        } else {
          type(f.getGenericType(), path);
        }
      }
      return List.copyOf(problems);
    }

    private void injected(Field f, String path) {
      Class<?> type = f.getType();
      if (type == Event.class || type == Instance.class || proxied(type)) {
        return;
      }
      if (type.isInterface()) {
        List<Class<?>> impls =
            app.stream().filter(c -> type.isAssignableFrom(c) && !c.isInterface()).toList();
        if (!impls.isEmpty() && impls.stream().allMatch(this::proxied)) {
          return;
        }
      }
      if (!Serializable.class.isAssignableFrom(type)) {
        problems.add(
            path
                + ": an injected bean that is not proxied and not Serializable ("
                + type.getName()
                + ")");
        return;
      }
      type(f.getGenericType(), path);
    }

    private boolean proxied(Class<?> c) {
      return PROXIED.stream().anyMatch(c::isAnnotationPresent);
    }

    private void type(Type t, String path) {
      if (t instanceof Class<?> c) {
        raw(c, path);
      } else if (t instanceof ParameterizedType p) {
        raw((Class<?>) p.getRawType(), path);
        for (Type arg : p.getActualTypeArguments()) {
          type(arg, path + " (type argument)");
        }
      } else if (t instanceof GenericArrayType a) {
        type(a.getGenericComponentType(), path);
      } else if (t instanceof WildcardType w) {
        for (Type bound : w.getUpperBounds()) {
          if (bound != Object.class) {
            type(bound, path);
          }
        }
      } else if (t instanceof TypeVariable<?>) {
        // Checked where the type is used: its type arguments are.
      }
    }

    private void raw(Class<?> c, String path) {
      if (c.isPrimitive() || CONTAINERS.contains(c)) {
        return;
      }
      if (c.isArray()) {
        raw(c.getComponentType(), path);
        return;
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (c.getName().startsWith("org.painwise") && !c.isEnum() && visited.add(c)) {
        for (Field f : fields(c)) {
          type(f.getGenericType(), path + " -> " + c.getSimpleName() + "." + f.getName());
        }
      }
    }

    /** Instance fields that serialisation writes: not static, not transient, whole hierarchy. */
    private static List<Field> fields(Class<?> c) {
      List<Field> fields = new ArrayList<>();
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        if (!k.getName().startsWith("org.painwise")) {
          break; // a library's base class (LazyDataModel) is Serializable by its own account
        }
        for (Field f : k.getDeclaredFields()) {
          int m = f.getModifiers();
          if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
            fields.add(f);
          }
        }
      }
      return fields;
    }
  }

  // Fixtures of theCheckFindsWhatCannotBeSerialised.

  static class Helper {}

  static class Rows implements Serializable {
    private static final long serialVersionUID = 1L;
    Map<String, Thread> byName;
  }

  @SessionScoped
  static class BadBean implements Serializable {
    private static final long serialVersionUID = 1L;
    @PersistenceContext EntityManager em;
    Object anything;
    Rows rows;
    @Inject Helper helper;
    Function<String, String> mapper;
    transient EntityManager fine;
    @Inject transient Helper gone;
  }

  @SessionScoped
  static class GoodBean implements Serializable {
    private static final long serialVersionUID = 1L;
    String name;
    List<Long> ids;
    Map<Long, java.time.Instant> saved;
    int[] counts;
    @Inject Event<String> events;
    transient EntityManager em;
  }

  static class NotSerializable {}
}
