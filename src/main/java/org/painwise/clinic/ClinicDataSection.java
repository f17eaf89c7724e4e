package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;

/** The clinic part of "export my data": linked therapists and assignments. */
@ApplicationScoped
@Guarded
public class ClinicDataSection implements PersonalDataExport.Section {

  @Inject private CareService care;
  @Inject private AssignmentService assignments;

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
    return Json.createObjectBuilder()
        .add("therapists", therapists)
        .add("assignments", assigned)
        .build();
  }
}
