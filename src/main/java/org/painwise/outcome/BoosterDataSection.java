package org.painwise.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;

/** The boosters in "export my data": each one taken, its module, weeks and score. */
@ApplicationScoped
@Guarded
public class BoosterDataSection implements PersonalDataExport.Section {

  @Inject private BoosterService boosters;

  @Override
  public String name() {
    return "boosters";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (BoosterService.Result r : boosters.exportOf(accountId)) {
      all.add(
          Json.createObjectBuilder()
              .add("module", r.moduleSlug())
              .add("weeks", r.weeks())
              .add("takenAt", r.takenAt().toString())
              .add("scorePercent", r.scorePercent()));
    }
    return all.build();
  }
}
