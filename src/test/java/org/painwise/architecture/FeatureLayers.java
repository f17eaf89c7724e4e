package org.painwise.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The one direction of the features: each feature has a floor, and a class may name classes of its
 * own feature and of lower floors only. Two features on one floor never name each other, so they
 * stay free to move. A new feature adds itself here; a class outside every feature fails.
 */
final class FeatureLayers {

  /** Floors, ground first. Sub-packages (view, format) belong to their feature. */
  static final List<List<String>> FLOORS =
      List.of(
          List.of("config"),
          List.of("account", "lesson"),
          List.of("progress"),
          List.of("quiz"),
          List.of("outcome"),
          List.of("clinic"));

  private FeatureLayers() {}

  /** The rule over every class below {@code root} (for example "org.painwise"). */
  static ArchRule oneDirection(String root) {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAPackage(root + "..")
        .should(
            new ArchCondition<JavaClass>("name only their own feature and lower floors") {
              @Override
              public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = feature(root, origin);
                if (from.isEmpty()) {
                  events.add(
                      SimpleConditionEvent.violated(
                          origin, origin.getName() + " lives outside every feature of " + FLOORS));
                  return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                  Optional<String> to = feature(root, d.getTargetClass());
                  if (to.isEmpty() || to.equals(from)) {
                    continue;
                  }
                  if (floor(to.get()) >= floor(from.get())) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d,
                            from.get()
                                + " names "
                                + to.get()
                                + " (floor "
                                + floor(to.get())
                                + " from floor "
                                + floor(from.get())
                                + "): "
                                + d.getDescription()));
                  }
                }
              }
            });
  }

  static Optional<String> feature(String root, JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String pkg = base.getPackageName();
    if (!pkg.startsWith(root + ".")) {
      return Optional.empty();
    }
    String first = pkg.substring(root.length() + 1).split("\\.")[0];
    return floor(first) < 0 ? Optional.empty() : Optional.of(first);
  }

  private static int floor(String feature) {
    for (int i = 0; i < FLOORS.size(); i++) {
      if (FLOORS.get(i).contains(feature)) {
        return i;
      }
    }
    return -1;
  }
}
