package org.painwise.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.painwise.config.BackupSettings;

/**
 * Backs the H2 database up every day at {@code painwise.backup.schedule} (README "Database" >
 * "Backups"), as the system, like the reminder timer. The timer is not persistent, so each server
 * sets it at start-up. An H2 file is only ever open in one server, so one node backs it up; a
 * cluster runs on PostgreSQL, where this timer does nothing (pg_dump, outside the app).
 */
@Singleton
@Startup
public class BackupTimer {

  private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());

  @Resource private TimerService timers;

  @Inject private BackupService backups;

  @PostConstruct
  void schedule() {
    Optional<LocalTime> at = BackupSettings.schedule();
    if (!SystemIdentity.call("backup set-up", backups::online)) {
      LOG.info("The database is not H2: back it up with its own tools (pg_dump, README Backups)");
      return;
    }
    if (at.isEmpty()) {
      LOG.info("Scheduled backups are off (painwise.backup.schedule=off)");
      return;
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(at.get().getHour()).minute(at.get().getMinute()).second(0),
        new TimerConfig("Painwise daily backup", false));
    LOG.info(
        () ->
            "Daily backup at "
                + at.get()
                + ", into "
                + BackupSettings.dir()
                + ", keeping "
                + BackupSettings.keep());
  }

  @Timeout
  void run() {
    SystemIdentity.run("scheduled backup", backups::scheduled);
  }
}
