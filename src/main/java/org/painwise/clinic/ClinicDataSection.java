package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;

/**
 * The clinic part of "export my data": linked therapists, assignments, session notes and "discussed
 * in session" marks on modules and on journal items.
 */
@ApplicationScoped
@Guarded
public class ClinicDataSection implements PersonalDataExport.Section {

  @Inject private CareService care;
  @Inject private AssignmentService assignments;
  @Inject private SessionService sessions;
  @Inject private DiscussedService discussed;
  @Inject private JournalDiscussedService journalDiscussed;
  @Inject private org.painwise.outcome.JournalService journal;

  @Override
  public String name() {
    return "clinic";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    JsonArrayBuilder therapists = Json.createArrayBuilder();
    care.therapistsOf(accountId).forEach(t -> therapists.add(t.getDisplayName()));
    JsonArrayBuilder assigned = Json.createArrayBuilder();
    assignments
        .forPatient(accountId)
        .forEach(
            a ->
                assigned.add(
                    Json.createObjectBuilder()
                        .add("module", a.getModule().getSlug())
                        .add("dueOn", a.getDueOn().toString())
                        .add("note", a.getNote())));
    JsonArrayBuilder notes = Json.createArrayBuilder();
    for (SessionNote n : sessions.exportOf(accountId)) {
      JsonObjectBuilder note =
          Json.createObjectBuilder()
              .add("stage", n.getStage().name())
              .add("writtenAt", n.getWrittenAt().toString())
              .add("scale", n.getScale());
      if (n.getWords() != null) {
        note.add("words", n.getWords());
      }
      notes.add(note);
    }
    JsonArrayBuilder marks = Json.createArrayBuilder();
    for (DiscussedMark m : discussed.exportOf(accountId)) {
      JsonObjectBuilder mark =
          Json.createObjectBuilder()
              .add("module", m.getModule().getSlug())
              .add("markedAt", m.getMarkedAt().toString());
      if (m.getNote() != null) {
        mark.add("note", m.getNote());
      }
      marks.add(mark);
    }
    java.util.Map<Long, String> itemTexts = new java.util.HashMap<>();
    journal.exportOf(accountId).forEach(i -> itemTexts.put(i.getId(), i.getText()));
    JsonArrayBuilder journalMarks = Json.createArrayBuilder();
    for (JournalDiscussedMark m : journalDiscussed.exportOf(accountId)) {
      JsonObjectBuilder mark =
          Json.createObjectBuilder()
              .add("journalItem", itemTexts.getOrDefault(m.getItemId(), ""))
              .add("markedAt", m.getMarkedAt().toString());
      if (m.getNote() != null) {
        mark.add("note", m.getNote());
      }
      journalMarks.add(mark);
    }
    return Json.createObjectBuilder()
        .add("therapists", therapists)
        .add("assignments", assigned)
        .add("sessionNotes", notes)
        .add("discussedInSession", marks)
        .add("journalDiscussedInSession", journalMarks)
        .build();
  }
}
