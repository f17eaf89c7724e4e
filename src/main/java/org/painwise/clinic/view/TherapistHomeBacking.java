package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.ClientDirectory;
import org.painwise.clinic.Notice;
import org.painwise.clinic.NoticeService;

/**
 * therapist/index.xhtml: how many clients, how many assignments are overdue, and news (a client who
 * ended the link).
 */
@Named
@RequestScoped
public class TherapistHomeBacking {

  @Inject private ClientDirectory clients;
  @Inject private SignedInUser user;
  @Inject private NoticeService notices;

  private long clientCount;
  private long overdue;
  private List<Notice> redFlags;
  private List<Notice> unread;

  @PostConstruct
  void load() {
    long me = user.requireId();
    clientCount = clients.count(me, "");
    overdue = clients.overdueCount(me, LocalDate.now());
    redFlags = notices.unseenRedFlags(me);
    unread = notices.unread(me);
  }

  /** Red flags in shared check-ins not yet seen on the client's page. */
  public List<Notice> getRedFlags() {
    return redFlags;
  }

  public void dismiss(long noticeId) {
    notices.dismiss(user.requireId(), noticeId);
    unread = notices.unread(user.requireId());
  }

  public List<Notice> getNotices() {
    return unread;
  }

  public long getClientCount() {
    return clientCount;
  }

  public long getOverdue() {
    return overdue;
  }
}
