package org.painwise.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One check-in of a patient: seven 0-10 measures, an optional note and the red-flag answers. */
@Entity
@Table(name = "checkin")
@NamedQuery(
    name = "Checkin.findByAccount",
    query = "select c from Checkin c where c.accountId = :a order by c.takenAt, c.id")
@NamedQuery(
    name = "Checkin.findByAccountAfter",
    query =
        "select c from Checkin c where c.accountId = :a"
            + " and (c.takenAt > :t or (c.takenAt = :t and c.id > :id))"
            + " order by c.takenAt, c.id")
@NamedQuery(
    name = "Checkin.countByToken",
    query = "select count(c) from Checkin c where c.accountId = :a and c.token = :t")
public class Checkin implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checkin_seq")
  @SequenceGenerator(name = "checkin_seq", sequenceName = "checkin_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(nullable = false, length = 36)
  private String token;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(name = "pain_now", nullable = false)
  private int painNow;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(name = "peg_pain", nullable = false)
  private int pegPain;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(name = "peg_enjoyment", nullable = false)
  private int pegEnjoyment;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(name = "peg_activity", nullable = false)
  private int pegActivity;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(nullable = false)
  private int stress;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(name = "sleep_quality", nullable = false)
  private int sleep;

  @Min(Measure.MIN)
  @Max(Measure.MAX)
  @Column(nullable = false)
  private int mood;

  @Size(max = NOTE_MAX)
  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "flag_numbness", nullable = false)
  private boolean flagNumbness;

  @Column(name = "flag_bladder", nullable = false)
  private boolean flagBladder;

  @Column(name = "flag_fever", nullable = false)
  private boolean flagFever;

  @Column(name = "flag_self_harm", nullable = false)
  private boolean flagSelfHarm;

  protected Checkin() {}

  Checkin(long accountId, CheckinDraft d, Instant takenAt) {
    this.accountId = accountId;
    this.takenAt = takenAt;
    this.token = d.getToken();
    this.painNow = d.getPainNow();
    this.pegPain = d.getPegPain();
    this.pegEnjoyment = d.getPegEnjoyment();
    this.pegActivity = d.getPegActivity();
    this.stress = d.getStress();
    this.sleep = d.getSleep();
    this.mood = d.getMood();
    this.note = d.getNote() == null || d.getNote().isBlank() ? null : d.getNote().strip();
    this.flagNumbness = d.isNumbness();
    this.flagBladder = d.isBladder();
    this.flagFever = d.isFever();
    this.flagSelfHarm = d.isSelfHarm();
  }

  /** The value of one measure. */
  public int value(Measure m) {
    return switch (m) {
      case PAIN_NOW -> painNow;
      case PEG_PAIN -> pegPain;
      case PEG_ENJOYMENT -> pegEnjoyment;
      case PEG_ACTIVITY -> pegActivity;
      case STRESS -> stress;
      case SLEEP -> sleep;
      case MOOD -> mood;
    };
  }

  /** The PEG score: the mean of its three items, 0 to 10. */
  public double getPeg() {
    return (pegPain + pegEnjoyment + pegActivity) / 3.0;
  }

  public Set<RedFlag> getFlags() {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    if (flagNumbness) {
      flags.add(RedFlag.NUMBNESS);
    }
    if (flagBladder) {
      flags.add(RedFlag.BLADDER);
    }
    if (flagFever) {
      flags.add(RedFlag.FEVER);
    }
    if (flagSelfHarm) {
      flags.add(RedFlag.SELF_HARM);
    }
    return flags;
  }

  public boolean isFlagged() {
    return flagNumbness || flagBladder || flagFever || flagSelfHarm;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public int getPainNow() {
    return painNow;
  }

  public String getNote() {
    return note;
  }
}
