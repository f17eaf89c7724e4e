package org.painwise.outcome;

/** What a journal item is about; each links to its section of the danger and safety lesson. */
public enum JournalCategory {
  THINGS("things"),
  PLACES("places"),
  PEOPLE("people"),
  THOUGHTS("thoughts"),
  ACTIVITIES("activities");

  private final String anchor;

  JournalCategory(String anchor) {
    this.anchor = anchor;
  }

  /** The path of the section under the context root: {@code lessons/module/page#anchor}. */
  public String getHref() {
    return "lessons/" + JournalSide.LESSON + "#" + anchor;
  }

  public String getKey() {
    return name();
  }
}
