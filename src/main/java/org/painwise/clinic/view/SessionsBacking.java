package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.SessionDraft;
import org.painwise.clinic.SessionNote;
import org.painwise.clinic.SessionService;
import org.painwise.clinic.SessionStage;
import org.painwise.config.Violations;

/**
 * patient/sessions.xhtml: a note before and after a session with a touch therapist, and the list.
 */
@Named
@RequestScoped
public class SessionsBacking {

  @Inject private SessionService sessions;
  @Inject private SignedInUser user;

  private SessionDraft before = new SessionDraft(SessionStage.BEFORE);
  private SessionDraft after = new SessionDraft(SessionStage.AFTER);
  private List<SessionNote> notes;

  @PostConstruct
  void load() {
    notes = sessions.mine(user.requireId());
  }

  public void saveBefore() {
    if (save("before", before)) {
      before = new SessionDraft(SessionStage.BEFORE);
    }
  }

  public void saveAfter() {
    if (save("after", after)) {
      after = new SessionDraft(SessionStage.AFTER);
    }
  }

  private boolean save(String form, SessionDraft draft) {
    try {
      sessions.write(user.requireId(), draft);
      Messages.addGlobalInfo("patient_sessions.message.info.saved." + form);
      load();
      return true;
    } catch (ConstraintViolationException e) {
      Violations.show(null, e);
      return false;
    }
  }

  public SessionDraft getBefore() {
    return before;
  }

  public SessionDraft getAfter() {
    return after;
  }

  public List<SessionNote> getNotes() {
    return notes;
  }
}
