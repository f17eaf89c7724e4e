package org.painwise.account.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.painwise.account.BackupService;

/**
 * admin/backups.xhtml: the database backups, newest first, in pages; "Back up now" (confirmed)
 * starts one in the background, and the page polls while it runs. On PostgreSQL the page says that
 * backups are made with pg_dump.
 */
@Named
@ViewScoped
public class BackupsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BackupService backups;

  private boolean online;

  /** Set by "Back up now": the page polls at least once, even if the backup is already done. */
  private boolean started;

  private List<BackupService.Backup> list = List.of();

  @PostConstruct
  void load() {
    online = backups.online();
    refresh();
  }

  /** The poll, while a backup runs: the list and the state again. */
  public void refresh() {
    started = false;
    list = online ? backups.list() : List.of();
  }

  /** Whether the page polls: a backup runs, or one was just started here. */
  public boolean isPolling() {
    return started || backups.running();
  }

  public void backUp() {
    if (backups.start()) {
      started = true;
      Messages.addGlobalInfo("admin_backups.message.info.started");
    } else if (online) {
      Messages.addGlobalWarn("admin_backups.message.warn.running");
    }
  }

  public boolean isOnline() {
    return online;
  }

  public boolean isRunning() {
    return backups.running();
  }

  public BackupService.Outcome getLast() {
    return backups.last().orElse(null);
  }

  public String getDir() {
    return backups.dir().toString();
  }

  public List<BackupService.Backup> getList() {
    return list;
  }

  /** A size in MB, for the table. */
  public double megabytes(BackupService.Backup backup) {
    return backup.bytes() / (1024.0 * 1024.0);
  }
}
