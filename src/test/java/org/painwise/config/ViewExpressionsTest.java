package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Expression Language reserved words cannot be property names: {@code #{bean.chart.empty}} does not
 * parse ("Encountered empty"), and the page fails only when it is rendered. Such a property must be
 * called as a method ({@code isEmpty()}). This test finds them in every view before a browser does.
 */
class ViewExpressionsTest {

  private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");
  private static final Pattern RESERVED_PROPERTY =
      Pattern.compile(
          "\\.(empty|not|and|or|eq|ne|lt|gt|le|ge|div|mod|instanceof|true|false|null)\\b(?!\\s*\\()");

  static List<String> reservedProperties(String view) {
    List<String> found = new ArrayList<>();
    Matcher e = EXPRESSION.matcher(view);
    while (e.find()) {
      // Quoted keys (msg['x.empty']) are strings, not properties.
      String code = e.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
      if (RESERVED_PROPERTY.matcher(code).find()) {
        found.add(e.group());
      }
    }
    return found;
  }

  @Test
  void noViewNamesAReservedWordAsAProperty() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
      for (Path view :
          (Iterable<Path>) views.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
        reservedProperties(Files.readString(view)).forEach(x -> problems.add(view + ": " + x));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckFindsAReservedPropertyButNotAQuotedKeyOrAMethod() {
    assertEquals(
        List.of("#{not bean.chart.empty}"),
        reservedProperties("<p rendered=\"#{not bean.chart.empty}\"/>"));
    assertTrue(
        reservedProperties("#{msg['x.empty']} #{bean.chart.isEmpty()} #{empty bean.list}")
            .isEmpty());
  }
}
