package org.painwise.outcome;

/**
 * Which side of the balance a journal item is on: "danger in me" (it makes the body feel more under
 * threat) or "safety in me" (less). Each links to its section of the lesson.
 */
public enum JournalSide {
  DANGER("danger-in-me"),
  SAFETY("safety-in-me");

  /** The lesson page that explains danger and safety, as in a {@code lesson:} link. */
  public static final String LESSON = "living-well-with-pain/danger-and-safety";

  private final String anchor;

  JournalSide(String anchor) {
    this.anchor = anchor;
  }

  /** The path of the section under the context root: {@code lessons/module/page#anchor}. */
  public String getHref() {
    return "lessons/" + LESSON + "#" + anchor;
  }

  public String getKey() {
    return name();
  }
}
