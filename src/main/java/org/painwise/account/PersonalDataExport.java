package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Everything Painwise keeps about one person, as JSON: the profile, and what each feature adds
 * through a {@link Section} (progress, therapists, assignments, quiz attempts, ...).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class PersonalDataExport {

  /** One feature's part of the export. */
  public interface Section {
    String name();

    jakarta.json.JsonValue export(long accountId);
  }

  @PersistenceContext private EntityManager em;
  @Inject private Instance<Section> sections;

  public JsonObject export(@Self long accountId) {
    Account a = em.find(Account.class, accountId);
    JsonObjectBuilder profile =
        Json.createObjectBuilder()
            .add("email", a.getEmail())
            .add("displayName", a.getDisplayName())
            .add("role", a.getRole().name())
            .add("createdAt", a.getCreatedAt().toString());
    if (a.getLanguage() == null) {
      profile.addNull("language");
    } else {
      profile.add("language", a.getLanguage());
    }
    JsonObjectBuilder json = Json.createObjectBuilder().add("profile", profile);
    sections.stream()
        .sorted(java.util.Comparator.comparing(Section::name))
        .forEach(s -> json.add(s.name(), s.export(accountId)));
    return json.build();
  }
}
