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

/** The danger and safety journal in "export my data": every item, removed ones with the date. */
@ApplicationScoped
@Guarded
public class JournalDataSection implements PersonalDataExport.Section {

  @Inject private JournalService journal;

  @Override
  public String name() {
    return "journal";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (JournalItem i : journal.exportOf(accountId)) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("side", i.getSide().name())
              .add("category", i.getCategory().name())
              .add("text", i.getText())
              .add("addedAt", i.getAddedAt().toString());
      if (i.getRemovedAt() != null) {
        item.add("removedAt", i.getRemovedAt().toString());
      }
      all.add(item);
    }
    return all.build();
  }
}
