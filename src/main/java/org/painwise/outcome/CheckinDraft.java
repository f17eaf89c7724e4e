package org.painwise.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A check-in as the patient fills it in, with its rules: every measure 0 to 10 and required, the
 * note optional, the red-flag answers optional. The form binds to it, so Faces checks these
 * constraints field by field; {@link CheckinService} checks them again. The token is the form's
 * one-time id: a second post of the same form saves nothing.
 */
public class CheckinDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull
  @Pattern(regexp = "[0-9a-f-]{36}")
  private String token = UUID.randomUUID().toString();

  @ScaleAnswer private Integer painNow;

  @ScaleAnswer private Integer pegPain;

  @ScaleAnswer private Integer pegEnjoyment;

  @ScaleAnswer private Integer pegActivity;

  @ScaleAnswer private Integer stress;

  @ScaleAnswer private Integer sleep;

  @ScaleAnswer private Integer mood;

  @Size(max = Checkin.NOTE_MAX)
  private String note;

  private boolean numbness;
  private boolean bladder;
  private boolean fever;
  private boolean selfHarm;

  public CheckinDraft() {}

  /** A complete draft, for tests and imports: the seven measures in {@link Measure} order. */
  public static CheckinDraft of(int... values) {
    CheckinDraft d = new CheckinDraft();
    d.painNow = values[0];
    d.pegPain = values[1];
    d.pegEnjoyment = values[2];
    d.pegActivity = values[3];
    d.stress = values[4];
    d.sleep = values[5];
    d.mood = values[6];
    return d;
  }

  /** The red flags answered "yes". */
  public Set<RedFlag> flags() {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    if (numbness) {
      flags.add(RedFlag.NUMBNESS);
    }
    if (bladder) {
      flags.add(RedFlag.BLADDER);
    }
    if (fever) {
      flags.add(RedFlag.FEVER);
    }
    if (selfHarm) {
      flags.add(RedFlag.SELF_HARM);
    }
    return flags;
  }

  public boolean isAnyFlag() {
    return !flags().isEmpty();
  }

  public CheckinDraft flag(RedFlag flag) {
    switch (flag) {
      case NUMBNESS -> numbness = true;
      case BLADDER -> bladder = true;
      case FEVER -> fever = true;
      case SELF_HARM -> selfHarm = true;
    }
    return this;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Integer getPainNow() {
    return painNow;
  }

  public void setPainNow(Integer painNow) {
    this.painNow = painNow;
  }

  public Integer getPegPain() {
    return pegPain;
  }

  public void setPegPain(Integer pegPain) {
    this.pegPain = pegPain;
  }

  public Integer getPegEnjoyment() {
    return pegEnjoyment;
  }

  public void setPegEnjoyment(Integer pegEnjoyment) {
    this.pegEnjoyment = pegEnjoyment;
  }

  public Integer getPegActivity() {
    return pegActivity;
  }

  public void setPegActivity(Integer pegActivity) {
    this.pegActivity = pegActivity;
  }

  public Integer getStress() {
    return stress;
  }

  public void setStress(Integer stress) {
    this.stress = stress;
  }

  public Integer getSleep() {
    return sleep;
  }

  public void setSleep(Integer sleep) {
    this.sleep = sleep;
  }

  public Integer getMood() {
    return mood;
  }

  public void setMood(Integer mood) {
    this.mood = mood;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isNumbness() {
    return numbness;
  }

  public void setNumbness(boolean numbness) {
    this.numbness = numbness;
  }

  public boolean isBladder() {
    return bladder;
  }

  public void setBladder(boolean bladder) {
    this.bladder = bladder;
  }

  public boolean isFever() {
    return fever;
  }

  public void setFever(boolean fever) {
    this.fever = fever;
  }

  public boolean isSelfHarm() {
    return selfHarm;
  }

  public void setSelfHarm(boolean selfHarm) {
    this.selfHarm = selfHarm;
  }
}
