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

/** The knowledge checks in "export my data": each attempt, its answers and its score. */
@ApplicationScoped
@Guarded
public class KnowledgeDataSection implements PersonalDataExport.Section {

  @Inject private KnowledgeService knowledge;

  @Override
  public String name() {
    return "knowledgeChecks";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (KnowledgeCheck k : knowledge.exportOf(accountId)) {
      JsonObjectBuilder answers = Json.createObjectBuilder();
      for (KnowledgeCheck.Item i : k.getItems()) {
        answers.add(i.statement().name(), i.given().name());
      }
      all.add(
          Json.createObjectBuilder()
              .add("takenAt", k.getTakenAt().toString())
              .add("correct", k.getCorrect())
              .add("total", k.getTotal())
              .add("answers", answers));
    }
    return all.build();
  }
}
