package org.painwise.progress;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.painwise.account.SystemIdentity;

/**
 * Writes the lesson visits that {@link VisitBuffer} holds, every minute and when the server stops,
 * as the system. The timer is not persistent: every node of a cluster writes its own visits.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitWriter {

  private static final Logger LOG = Logger.getLogger(VisitWriter.class.getName());

  @Inject private VisitBuffer visits;
  @Inject private ProgressService progress;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "Painwise lesson visits")
  void everyMinute() {
    write();
  }

  @PreDestroy
  void atStop() {
    write();
  }

  /** Writes every visit noted so far in one transaction; on a failure they wait for the next. */
  public void write() {
    if (visits.isEmpty()) {
      return;
    }
    Map<Long, VisitBuffer.Pending> taken = visits.takeAll();
    try {
      SystemIdentity.run("lesson visits", () -> progress.writeVisits(taken));
    } catch (RuntimeException e) {
      visits.restore(taken);
      LOG.log(
          Level.WARNING, "Could not write " + taken.size() + " lesson visits; kept for later", e);
    }
  }
}
