package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.outcome.BoosterNotFoundException;
import org.painwise.outcome.BoosterService;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.CheckinSummary;
import org.painwise.outcome.CheckinsNotFoundException;
import org.painwise.outcome.JournalItem;
import org.painwise.outcome.JournalNotFoundException;
import org.painwise.outcome.JournalService;
import org.painwise.outcome.KnowledgeGain;
import org.painwise.outcome.KnowledgeNotFoundException;
import org.painwise.outcome.KnowledgeService;

/**
 * What a therapist sees of a client's outcomes: only what the client shares with them now. Reading
 * the shared check-ins marks their red-flag notices as seen.
 */
@ApplicationScoped
@Transactional
@Guarded(Role.THERAPIST)
public class ClientOutcomes {

  /** A client's shared check-ins, oldest first, and their baseline and latest values. */
  public record SharedCheckins(List<Checkin> checkins, CheckinSummary summary)
      implements java.io.Serializable {
    public List<Checkin> getCheckins() {
      return checkins;
    }

    public List<Checkin> getFlagged() {
      return checkins.stream()
          .filter(Checkin::isFlagged)
          .sorted(java.util.Comparator.comparing(Checkin::getTakenAt).reversed())
          .toList();
    }

    /** The baseline and latest values, or null before the first check-in. */
    public CheckinSummary getSummary() {
      return summary;
    }
  }

  @Inject private CareService care;
  @Inject private CheckinService checkins;
  @Inject private NoticeService notices;
  @Inject private KnowledgeService knowledge;
  @Inject private SessionService sessions;
  @Inject private JournalService journal;
  @Inject private BoosterService boosters;

  /**
   * The client's check-ins if they share them with this therapist, empty when they do not (or
   * withdrew); "not found" for someone who is not this therapist's client.
   */
  public Optional<SharedCheckins> checkins(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    try {
      SharedCheckins shared =
          new SharedCheckins(
              checkins.of(therapistId, patientId),
              checkins.summary(therapistId, patientId).orElse(null));
      notices.redFlagsSeen(therapistId, patientId);
      return Optional.of(shared);
    } catch (CheckinsNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The client's knowledge checks and gain if they share them with this therapist, empty when they
   * do not (or withdrew); "not found" for someone who is not this therapist's client.
   */
  public Optional<KnowledgeGain> knowledge(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    try {
      return Optional.of(knowledge.of(therapistId, patientId));
    } catch (KnowledgeNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The client's notes before and after sessions, newest first, if they share them with this
   * therapist; empty when they do not (or withdrew); "not found" for someone who is not this
   * therapist's client.
   */
  public Optional<List<SessionNote>> sessions(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    return sessions.sharedWith(therapistId, patientId);
  }

  /**
   * The client's danger and safety journal (every item, removed ones too, oldest first) if they
   * share it with this therapist, empty when they do not (or withdrew); "not found" for someone who
   * is not this therapist's client.
   */
  public Optional<List<JournalItem>> journal(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    try {
      return Optional.of(journal.of(therapistId, patientId));
    } catch (JournalNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The client's booster results if they share them with this therapist, empty when they do not (or
   * withdrew); "not found" for someone who is not this therapist's client.
   */
  public Optional<List<BoosterService.Result>> boosters(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    try {
      return Optional.of(boosters.of(therapistId, patientId));
    } catch (BoosterNotFoundException e) {
      return Optional.empty();
    }
  }
}
