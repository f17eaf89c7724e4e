package org.painwise.outcome.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.KnowledgeService;

/**
 * The {@code fhir} part of "export my data": the same check-ins and knowledge checks as the {@code
 * checkins} and {@code knowledge} parts, as a FHIR R4 Bundle (item wording in English: the export
 * has no language of its own).
 */
@ApplicationScoped
@Guarded
public class FhirDataSection implements PersonalDataExport.Section {

  @Inject private CheckinService checkins;
  @Inject private KnowledgeService knowledge;

  @Override
  public String name() {
    return "fhir";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    return CheckinFhir.in(Locale.ENGLISH)
        .bundle(checkins.exportOf(accountId), knowledge.exportOf(accountId), Instant.now());
  }
}
