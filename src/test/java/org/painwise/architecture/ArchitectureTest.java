package org.painwise.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails the build on a backward dependency or a cycle between feature packages (see {@link
 * FeatureLayers} for the floors).
 */
class ArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.painwise");

  @Test
  void featuresDependOnLowerFloorsOnly() {
    assertTrue(APP.size() > 100, "the application's classes were imported: " + APP.size());
    FeatureLayers.oneDirection("org.painwise").check(APP);
  }

  @Test
  void featuresFormNoCycle() {
    SlicesRuleDefinition.slices()
        .matching("org.painwise.(*)..")
        .should()
        .beFreeOfCycles()
        .check(APP);
  }

  @Test
  void outcomeSitsAboveQuizAndBelowClinic() {
    List<String> order = FeatureLayers.FLOORS.stream().flatMap(List::stream).toList();
    assertTrue(
        order.indexOf("quiz") < order.indexOf("outcome")
            && order.indexOf("outcome") < order.indexOf("clinic"),
        order.toString());
  }

  @Test
  void theRuleReportsBackwardPeerAndLooseClasses() {
    JavaClasses fixture =
        new ClassFileImporter().importPackages("org.painwise.architecture.fixture");
    EvaluationResult result =
        FeatureLayers.oneDirection("org.painwise.architecture.fixture").evaluate(fixture);
    List<String> violations = result.getFailureReport().getDetails();
    assertTrue(violations.size() >= 3, String.join("\n", violations));
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith("lesson names clinic")),
        String.join("\n", violations));
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith("account names lesson")),
        String.join("\n", violations));
    assertTrue(
        violations.stream().anyMatch(v -> v.contains("Loose lives outside")),
        String.join("\n", violations));
  }
}
