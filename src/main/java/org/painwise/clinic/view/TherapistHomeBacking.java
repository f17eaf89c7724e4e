package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.ClientDirectory;

/** therapist/index.xhtml: how many clients, and how many assignments are overdue. */
@Named
@RequestScoped
public class TherapistHomeBacking {

  @Inject private ClientDirectory clients;
  @Inject private SignedInUser user;

  private long clientCount;
  private long overdue;

  @PostConstruct
  void load() {
    long me = user.requireId();
    clientCount = clients.count(me, "");
    overdue = clients.overdueCount(me, LocalDate.now());
  }

  public long getClientCount() {
    return clientCount;
  }

  public long getOverdue() {
    return overdue;
  }
}
