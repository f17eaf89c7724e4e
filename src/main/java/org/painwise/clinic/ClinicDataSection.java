package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;
import org.painwise.outcome.JournalService;

/**
 * The clinic part of "export my data": the therapists the person is or was linked to, every
 * assignment they were given (withdrawn ones too, with the reminders sent about it), and their
 * notices, read or not, session notes, and "discussed in session" marks on modules and on journal
 * items.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class ClinicDataSection implements PersonalDataExport.Section {

  @Inject private SessionService sessions;
  @Inject private DiscussedService discussed;
  @PersistenceContext private EntityManager em;
  @Inject private JournalDiscussedService journalDiscussed;
  @Inject private JournalService journal;

  @Override
  public String name() {
    return "clinic";
  }

  @Override
  public JsonValue export(@Self long accountId) {
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
    Map<Long, String> itemTexts = new HashMap<>();
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
        .add("therapists", therapists(accountId))
        .add("assignments", assignments(accountId))
        .add("notices", notices(accountId))
        .add("sessionNotes", notes)
        .add("discussedInSession", marks)
        .add("journalDiscussedInSession", journalMarks)
        .build();
  }

  private JsonArrayBuilder therapists(long accountId) {
    JsonArrayBuilder therapists = Json.createArrayBuilder();
    em.createQuery(
            "select a.displayName, l.linkedAt, l.unlinkedAt from CareLink l, Account a"
                + " where l.patientId = :p and a.id = l.therapistId order by l.linkedAt, l.id",
            Object[].class)
        .setParameter("p", accountId)
        .getResultList()
        .forEach(
            r -> {
              JsonObjectBuilder link =
                  Json.createObjectBuilder()
                      .add("name", (String) r[0])
                      .add("linkedAt", r[1].toString());
              at(link, "unlinkedAt", (Instant) r[2]);
              therapists.add(link);
            });
    return therapists;
  }

  private JsonArrayBuilder assignments(long accountId) {
    List<Assignment> all =
        em.createQuery(
                "select a from Assignment a join fetch a.module where a.patientId = :p"
                    + " order by a.createdAt, a.id",
                Assignment.class)
            .setParameter("p", accountId)
            .getResultList();
    Map<Long, String> therapistNames = new HashMap<>();
    em.createQuery(
            "select a.id, a.displayName from Account a where a.id in (select x.therapistId"
                + " from Assignment x where x.patientId = :p)",
            Object[].class)
        .setParameter("p", accountId)
        .getResultList()
        .forEach(r -> therapistNames.put((Long) r[0], (String) r[1]));
    Map<Long, List<Object[]>> reminders = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT r.assignment_id, r.kind, r.sent_at FROM reminder_sent r"
                    + " JOIN assignment a ON a.id = r.assignment_id WHERE a.patient_id = ?"
                    + " ORDER BY r.sent_at")
            .setParameter(1, accountId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      reminders
          .computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
          .add(new Object[] {r[1], r[2]});
    }
    JsonArrayBuilder assigned = Json.createArrayBuilder();
    for (Assignment a : all) {
      JsonArrayBuilder sent = Json.createArrayBuilder();
      reminders
          .getOrDefault(a.getId(), List.of())
          .forEach(
              r ->
                  sent.add(
                      Json.createObjectBuilder()
                          .add("kind", String.valueOf(r[0]))
                          .add("sentAt", instant(r[1]))));
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("module", a.getModule().getSlug())
              .add("therapist", therapistNames.getOrDefault(a.getTherapistId(), ""))
              .add("assignedAt", a.getCreatedAt().toString())
              .add("dueOn", a.getDueOn().toString())
              .add("note", a.getNote());
      at(json, "withdrawnAt", a.getWithdrawnAt());
      json.add("remindersSent", sent);
      assigned.add(json);
    }
    return assigned;
  }

  private JsonArrayBuilder notices(long accountId) {
    JsonArrayBuilder notices = Json.createArrayBuilder();
    em.createQuery(
            "select n from Notice n where n.accountId = :a order by n.createdAt, n.id",
            Notice.class)
        .setParameter("a", accountId)
        .getResultList()
        .forEach(
            n -> {
              JsonObjectBuilder json =
                  Json.createObjectBuilder()
                      .add("kind", n.getKind().name())
                      .add("about", n.getText())
                      .add("createdAt", n.getCreatedAt().toString());
              at(json, "readAt", n.getReadAt());
              notices.add(json);
            });
    return notices;
  }

  /** A timestamp as a native query gives it (the type depends on the driver), as ISO-8601. */
  private static String instant(Object value) {
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    return String.valueOf(value);
  }

  private static void at(JsonObjectBuilder json, String name, Instant when) {
    if (when == null) {
      json.addNull(name);
    } else {
      json.add(name, when.toString());
    }
  }
}
