package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/test.sh runs every command of docker/README.md's {@code bash} blocks from its own list
 * (README_COMMANDS, with how each runs and what it checks after it). This keeps the two from
 * drifting apart without Docker: a command added to, changed in or removed from the README fails
 * here until test.sh says how to run it. test.sh makes the same comparison before it starts.
 */
class DockerReadmeCommandsTest {

  private static final Path README = Path.of("docker/README.md");
  private static final Path TEST_SH = Path.of("docker/test.sh");
  private static final Set<String> MODES =
      Set.of("run", "apt", "dockerd", "export", "maven", "base", "env", "lock");

  /** One line of README_COMMANDS: MODE|CHECK|COMMAND. */
  record Listed(String mode, String check, String command) {}

  /** The commands of the README's bash blocks, normalised as test.sh normalises them. */
  static List<String> readmeCommands(String markdown) {
    List<String> commands = new ArrayList<>();
    boolean inside = false;
    StringBuilder pending = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (!inside) {
        inside = line.strip().equals("```bash");
        continue;
      }
      if (line.startsWith("```")) {
        inside = false;
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String command = normalise(pending + line);
      pending.setLength(0);
      if (!command.isEmpty()) {
        commands.add(command);
      }
    }
    return commands;
  }

  private static String normalise(String command) {
    return command.replaceAll("\\s#.*$", "").replaceAll("\\s+", " ").strip();
  }

  /** README_COMMANDS of test.sh (a single-quoted bash string: '\'' is one quote). */
  static List<Listed> listedCommands(String script) {
    Matcher m =
        Pattern.compile(
                "(?s)# README-COMMANDS-BEGIN\nREADME_COMMANDS='\n(.*?)\n'\n# README-COMMANDS-END")
            .matcher(script.replace("'\\''", "\u0000"));
    assertTrue(m.find(), "README_COMMANDS between its markers in docker/test.sh");
    List<Listed> listed = new ArrayList<>();
    for (String line : m.group(1).replace("\u0000", "'").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      assertEquals(3, parts.length, "MODE|CHECK|COMMAND: " + line);
      listed.add(new Listed(parts[0], parts[1], parts[2]));
    }
    return listed;
  }

  @Test
  void testShRunsExactlyTheReadmeCommandsInOrder() throws IOException {
    List<String> readme = readmeCommands(Files.readString(README));
    List<String> listed =
        listedCommands(Files.readString(TEST_SH)).stream().map(Listed::command).toList();
    assertFalse(readme.isEmpty(), "docker/README.md has bash blocks");
    assertEquals(readme, listed);
  }

  @Test
  void everyListedCommandHasAKnownModeAndAnExistingCheck() throws IOException {
    String script = Files.readString(TEST_SH);
    for (Listed entry : listedCommands(script)) {
      assertTrue(MODES.contains(entry.mode()), "mode of " + entry);
      assertTrue(
          entry.check().equals("-") || script.contains("\n" + entry.check() + "() {"),
          "check function of " + entry);
    }
  }

  @Test
  void normalisationJoinsContinuationLinesAndDropsComments() {
    String markdown =
        "text\n```bash\ndocker run \\\n   -d  x   # starts\n\ncurl y\n```\n```yaml\na: b\n```\n";
    assertEquals(List.of("docker run -d x", "curl y"), readmeCommands(markdown));
  }
}
