package org.painwise.outcome.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Locale;
import org.painwise.account.Guarded;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;

/**
 * The {@code fhir} part of "export my data": the same check-ins and knowledge checks as the {@code
 * checkins} and {@code knowledge} parts, as a FHIR R4 Bundle (item wording in English: the export
 * has no language of its own): the Bundle the patient downloads, {@link CheckinFhirExport#ownOf}.
 */
@ApplicationScoped
@Guarded
public class FhirDataSection implements PersonalDataExport.Section {

  @Inject private CheckinFhirExport fhir;

  @Override
  public String name() {
    return "fhir";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    return fhir.ownOf(accountId, Locale.ENGLISH).toJson();
  }
}
