package org.painwise.clinic;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.painwise.account.SystemIdentity;

/**
 * Runs the reminders every morning, as the system (nobody is signed in to a timer). The timer is
 * not persistent: every node fires it, and the reminder ledger makes sure each reminder still goes
 * out once.
 */
@Singleton
public class ReminderTimer {

  @Inject private ReminderService reminders;

  @Schedule(hour = "7", minute = "0", persistent = false, info = "Painwise daily reminders")
  void daily() {
    SystemIdentity.run("daily reminders", () -> reminders.run(LocalDate.now()));
  }
}
