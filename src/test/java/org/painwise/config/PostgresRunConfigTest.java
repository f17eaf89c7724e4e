package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PostgreSQL test run (README, "Tests") stays what the README says: every in-container IT is in
 * its subset (tagged with {@code testsupport.AlsoOnPostgreSQL}) unless named here with the reason,
 * and the test server it starts on PostgreSQL has exactly the options of the H2 one, but for the
 * database.
 */
class PostgresRunConfigTest {

  /**
   * In-container ITs left out of the PostgreSQL test run, and why. The run must stay within about
   * three minutes of `mvn clean verify` (README, Tests): the run keeps the ITs whose SQL differs
   * most between the databases (native SQL, locks, bulk rows, every named query, the migrations,
   * durability) and every access test; these run on H2 only.
   */
  private static final String TIME =
      "time budget: its queries are JPQL that NamedQueriesIT and the tagged service ITs already"
          + " run on PostgreSQL";

  private static final Map<String, String> NOT_ON_POSTGRES =
      Map.ofEntries(
          Map.entry("StorageFailureIT", "a full disk under H2's own file (a tmpfs it mounts)"),
          Map.entry("FrenchReaderIT", "a browser test: its pages are the same on both databases"),
          Map.entry("AccountMailIT", TIME),
          Map.entry("TwoStepIT", TIME),
          Map.entry("TwoStepResetIT", TIME),
          Map.entry("SessionRevocationIT", TIME),
          Map.entry("AssignmentRulesIT", TIME + " (ClinicAccessIT assigns modules there)"),
          Map.entry("CheckinFhirIT", TIME + " (OutcomeAccessIT and DataExportIT read check-ins)"),
          Map.entry("JournalDiscussedIT", TIME),
          Map.entry("UnlinkNoticeIT", TIME),
          Map.entry("LessonVisitIT", TIME),
          Map.entry("NextStepIT", TIME),
          Map.entry("QuestionCategoryIT", TIME));

  private static final Path TESTS = Path.of("src/test/java");

  @Test
  void everyInContainerItRunsOnPostgresqlTooOrSaysWhyNot() throws IOException {
    List<String> missing = new ArrayList<>();
    List<String> tagged = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path f : files.filter(p -> p.toString().endsWith("IT.java")).sorted().toList()) {
        String source = Files.readString(f);
        String name = f.getFileName().toString().replace(".java", "");
        boolean inTheRun = source.contains("\n@AlsoOnPostgreSQL\n");
        if (inTheRun) {
          tagged.add(name);
        }
        boolean inContainer =
            source.contains("@Deployment") || source.contains("@ExtendWith(InContainer.class)");
        if (inContainer && !inTheRun && !NOT_ON_POSTGRES.containsKey(name)) {
          missing.add(name);
        }
        if (inTheRun && NOT_ON_POSTGRES.containsKey(name)) {
          missing.add(name + " (tagged, yet listed as left out)");
        }
      }
    }
    assertTrue(
        missing.isEmpty(),
        "in-container ITs neither tagged @AlsoOnPostgreSQL nor listed with a reason: " + missing);
    assertTrue(tagged.contains("DurabilityIT"), "the durability test runs on PostgreSQL too");
    assertTrue(tagged.contains("PostgresMigrationsIT"), "the migrations test is in the run");
  }

  @Test
  void thePostgresqlTestServerHasTheOptionsOfTheH2One() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    List<String> h2 = javaOpts(pom, "start-test-server");
    List<String> pg = javaOpts(pom, "start-postgresql-test-server");
    assertTrue(
        h2.remove("-Dpainwise.db.path=${project.build.directory}/it-data/painwise"), "" + h2);
    assertTrue(pg.remove("-Dpainwise.it.pg=${project.build.directory}/pg"), "" + pg);
    assertEquals(h2, pg, "start-postgresql-test-server's javaOpts are start-test-server's");
  }

  private static List<String> javaOpts(Document pom, String executionId) {
    NodeList ids = pom.getElementsByTagName("id");
    for (int i = 0; i < ids.getLength(); i++) {
      if (ids.item(i).getTextContent().trim().equals(executionId)) {
        Element execution = (Element) ids.item(i).getParentNode();
        NodeList opts = execution.getElementsByTagName("javaOpt");
        List<String> list = new ArrayList<>();
        for (int k = 0; k < opts.getLength(); k++) {
          list.add(opts.item(k).getTextContent().trim());
        }
        assertEquals(list.size(), new TreeSet<>(list).size(), "no option twice: " + list);
        return list;
      }
    }
    throw new AssertionError("no execution " + executionId + " in pom.xml");
  }
}
