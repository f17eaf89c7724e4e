package org.painwise.lesson;

import java.util.Arrays;
import java.util.List;

/** Short lists (objectives, key points) stored one item a line. */
final class Lines {
  private Lines() {}

  static List<String> split(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static String join(List<String> items) {
    return items == null
        ? ""
        : String.join(
            "\n",
            items.stream()
                .map(s -> s.replace('\n', ' ').strip())
                .filter(s -> !s.isEmpty())
                .toList());
  }
}
