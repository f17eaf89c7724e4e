package org.painwise.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;

/** The check-ins part of "export my data": every check-in with its time, note and red flags. */
@ApplicationScoped
@Guarded
public class CheckinDataSection implements PersonalDataExport.Section {

  @Inject private CheckinService checkins;

  @Override
  public String name() {
    return "checkins";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (Checkin c : checkins.exportOf(accountId)) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("takenAt", c.getTakenAt().toString());
      for (Measure m : Measure.values()) {
        o.add(m.name(), c.value(m));
      }
      if (c.getNote() != null) {
        o.add("note", c.getNote());
      }
      JsonArrayBuilder flags = Json.createArrayBuilder();
      c.getFlags().forEach(f -> flags.add(f.name()));
      all.add(o.add("redFlags", flags));
    }
    return all.build();
  }
}
