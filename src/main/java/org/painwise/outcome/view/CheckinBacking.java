package org.painwise.outcome.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.config.Dates;
import org.painwise.config.Violations;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.CheckinDraft;
import org.painwise.outcome.CheckinReminders;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.DuplicateCheckinException;
import org.painwise.outcome.Measure;
import org.painwise.outcome.MeasureChart;

/**
 * patient/checkin.xhtml: the check-in form, the safety guidance, and the charts of past check-ins.
 * A stateless view, so it never expires; the form's token makes a second post of it save nothing.
 */
@Named
@RequestScoped
public class CheckinBacking {

  /** The ids of the red-flag boxes in the form. */
  private static final List<String> FLAG_FIELDS =
      List.of("numbness", "bladder", "fever", "selfHarm");

  @Inject private CheckinService checkins;
  @Inject private SignedInUser user;
  @Inject private Dates dates;
  @Inject private CheckinReminders reminders;

  private CheckinDraft draft = new CheckinDraft();
  private boolean flaggedSaved;
  private List<Checkin> history;
  private List<MeasureChart> charts;
  private boolean remindDaily;

  @PostConstruct
  void load() {
    refresh();
    remindDaily = reminders.isOn(user.requireId());
  }

  /** Saves "remind me to check in daily". */
  public void saveReminder() {
    reminders.set(user.requireId(), remindDaily);
    Messages.addGlobalInfo(
        remindDaily
            ? "patient_checkin.message.info.reminderOn"
            : "patient_checkin.message.info.reminderOff");
  }

  public boolean isRemindDaily() {
    return remindDaily;
  }

  public void setRemindDaily(boolean remindDaily) {
    this.remindDaily = remindDaily;
  }

  public void save() {
    try {
      Checkin saved = checkins.record(user.requireId(), draft);
      flaggedSaved = saved.isFlagged();
      Messages.addGlobalInfo("patient_checkin.message.info.saved");
      draft = new CheckinDraft();
      refresh();
    } catch (DuplicateCheckinException e) {
      Messages.addGlobalWarn("patient_checkin.message.warn.duplicate");
      draft = new CheckinDraft();
    } catch (ConstraintViolationException e) {
      Violations.show("checkin", e);
    }
  }

  /**
   * Whether the "seek care now" guidance shows: a red flag just saved, ticked (the box's ajax), or
   * ticked in a post that failed validation, so that the guidance never disappears while a box is
   * ticked.
   */
  public boolean isGuidance() {
    return flaggedSaved
        || draft.isAnyFlag()
        || FLAG_FIELDS.stream().anyMatch(f -> Faces.getRequestParameter("checkin:" + f) != null);
  }

  private void refresh() {
    history = checkins.mine(user.requireId());
    charts =
        Arrays.stream(Measure.values())
            .map(m -> MeasureChart.of(m, history, dates::format))
            .toList();
  }

  public CheckinDraft getDraft() {
    return draft;
  }

  public List<Checkin> getHistory() {
    return history;
  }

  /** Newest first, for the table. */
  public List<Checkin> getNewestFirst() {
    List<Checkin> out = new java.util.ArrayList<>(history);
    java.util.Collections.reverse(out);
    return out;
  }

  public List<MeasureChart> getCharts() {
    return charts;
  }

  public Measure[] getMeasures() {
    return Measure.values();
  }
}
