package org.painwise.clinic;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Runs the reminders every morning. The timer is not persistent: every node fires it, and the
 * reminder ledger makes sure each reminder still goes out once.
 */
@Singleton
public class ReminderTimer {

  @Inject private ReminderService reminders;

  @Schedule(hour = "7", minute = "0", persistent = false, info = "Painwise daily reminders")
  void daily() {
    reminders.run(LocalDate.now());
  }
}
