package org.painwise.clinic;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The due date and note of an assignment as a therapist writes them, with their rules. Both
 * assignment forms bind to it (the bulk assign on therapist/clients.xhtml, assign-one and edit on
 * therapist/client.xhtml), so Faces checks these constraints field by field, and {@link
 * AssignmentService} checks them again. A JavaBean rather than a record because Faces writes each
 * field through a setter.
 *
 * <p>The due date must be today or later when it is written; {@link Assignment} itself does not say
 * so, because an assignment stays valid once its date has passed (it is then overdue).
 */
public class AssignmentDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How far ahead a new assignment is due unless the therapist picks another date. */
  public static final int DEFAULT_WEEKS = 2;

  @NotNull
  @FutureOrPresent(message = "{clinic.assignment.dueOn.past}")
  private LocalDate dueOn;

  @Size(max = Assignment.NOTE_MAX)
  private String note;

  /** A new assignment: due in {@value #DEFAULT_WEEKS} weeks, no note. */
  public AssignmentDraft() {
    this(LocalDate.now().plusWeeks(DEFAULT_WEEKS), null);
  }

  public AssignmentDraft(LocalDate dueOn, String note) {
    this.dueOn = dueOn;
    this.note = note;
  }

  /** An edit of an assignment as it is now. */
  public static AssignmentDraft of(Assignment assignment) {
    return new AssignmentDraft(assignment.getDueOn(), assignment.getNote());
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
