package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No licensed instrument's items (PCS, rNPQ, COPI: see {@link Instrument}) appear anywhere in the
 * repository: the lessons, the sources and the documentation are cut into normalised 6-word runs
 * ({@link Shingles}) and none may hash to a run of a licensed item. The list of banned hashes
 * ({@code licensed-shingles.txt}) holds only SHA-256 hashes, never the items; it is empty-safe (a
 * missing or empty list bans nothing, and the fixture tests below still prove the scanner works).
 * How to add hashes without writing the items down is in that file's header.
 */
class LicensedTextTest {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Text files of the repository that people or the app read. */
  private static final Pattern SCANNED =
      Pattern.compile(
          ".*\\.(java|md|properties|xhtml|xml|gift|yaml|yml|sql|txt|json|html|css|js|csv)$");

  static Set<String> banned() {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = LicensedTextTest.class.getResourceAsStream("licensed-shingles.txt")) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under the roots (that exist) that the scanner reads, build output left out. */
  static List<Path> files(Path repo, String... roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root : roots) {
      Path dir = repo.resolve(root);
      if (!Files.exists(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> SCANNED.matcher(p.getFileName().toString()).matches())
            .filter(p -> !p.toString().contains("/target/"))
            .forEach(out::add);
      }
    }
    return out;
  }

  /** Files (relative to {@code repo}) holding a banned run, with the word index of each hit. */
  static List<String> offenders(Path repo, Set<String> banned, String... roots) throws IOException {
    List<String> out = new ArrayList<>();
    if (banned.isEmpty()) {
      return out;
    }
    for (Path file : files(repo, roots)) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        text = Files.readString(file, StandardCharsets.ISO_8859_1);
      }
      List<Integer> hits = Shingles.hits(text, banned);
      if (!hits.isEmpty()) {
        out.add(repo.relativize(file) + " (word runs at " + hits + ")");
      }
    }
    return out;
  }

  @Test
  void theRepositoryHoldsNoRunOfALicensedItem() throws IOException {
    Path repo = Path.of("").toAbsolutePath();
    assertTrue(Files.isDirectory(repo.resolve("lessons")), "run from the project folder: " + repo);
    List<String> found =
        offenders(repo, banned(), "lessons", "src", "docs", "README.md", "bench", "docker");
    assertEquals(
        List.of(),
        found,
        "text of an instrument that needs a licence (PCS, rNPQ, COPI) must not be in the"
            + " repository: write our own items instead");
  }

  @Test
  void theBannedListHoldsHashesOnly() {
    for (String line : banned()) {
      assertTrue(HEX.matcher(line).matches(), "not a SHA-256 hex hash: a line of the list");
    }
  }

  /**
   * The scanner finds a planted run whatever its case, punctuation and line breaks. The planted
   * text is made up for this test; its hashes are computed here, as the real list's were.
   */
  @Test
  void aPlantedRunIsFoundThroughCaseAndPunctuation(@TempDir Path repo) throws IOException {
    String madeUp = "The purple kettle whistles softly whenever Tuesday brings heavy rain";
    Set<String> banned = Shingles.hashes(madeUp);
    Files.createDirectories(repo.resolve("lessons/01-x"));
    Files.createDirectories(repo.resolve("src/main"));
    Files.writeString(
        repo.resolve("lessons/01-x/01-page.md"),
        "# A page\n\nSome text. **The Purple kettle** -- whistles\nsoftly, whenever tuesday!\n");
    Files.writeString(repo.resolve("src/main/Clean.java"), "class Clean { /* nothing here */ }\n");
    List<String> found = offenders(repo, banned, "lessons", "src", "docs");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("lessons/01-x/01-page.md"), found.toString());
  }

  @Test
  void anEmptyListBansNothingAndAShortRunIsNoHit(@TempDir Path repo) throws IOException {
    Files.createDirectories(repo.resolve("src"));
    Files.writeString(repo.resolve("src/a.md"), "purple kettle whistles softly");
    assertEquals(List.of(), offenders(repo, Set.of(), "src"));
    assertEquals(
        List.of(), offenders(repo, Shingles.hashes("purple kettle whistles softly"), "src"));
    assertEquals(6, Shingles.words("Don’t  stop: the PURPLE, kettle now").size());
  }

  /** Instruments that need a licence have no items, and no bundle holds a key of theirs. */
  @Test
  void licensedInstrumentsAreListedByNameOnly() throws IOException {
    Properties en = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
      en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (Instrument i : Instrument.values()) {
      if (i.licence() == Licence.NEEDS_LICENCE) {
        assertFalse(i.mayBeShown(), i.name());
        assertTrue(i.measures().isEmpty(), i.name());
        String prefix = "instrument." + i.name() + ".item";
        assertTrue(
            en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix)), i.name());
      } else {
        assertFalse(i.measures().isEmpty(), i.name());
      }
    }
  }
}
