package org.painwise.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An account's two-step sign-in settings: the TOTP secret once it is on (in its stored form, see
 * {@link SecretCipher}), the last time step whose code was used, and whether the account signs in
 * without a second step (the demo and benchmark accounts). An account without a row has it off.
 */
@Entity
@Table(name = "two_step")
@NamedQuery(
    name = "TwoStep.enabledAmong",
    query = "select t.accountId from TwoStep t where t.accountId in :ids and t.secret is not null")
@NamedQuery(
    name = "TwoStep.useStep",
    query =
        "update TwoStep t set t.lastStep = :step where t.accountId = :account"
            + " and t.secret is not null and (t.lastStep is null or t.lastStep < :step)")
public class TwoStep {

  public static final int SECRET_MAX = 200;

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(length = SECRET_MAX)
  private String secret;

  @Column(name = "enabled_at")
  private Instant enabledAt;

  @Column(name = "last_step")
  private Long lastStep;

  @Column(nullable = false)
  private boolean exempt;

  @Version private long version;

  protected TwoStep() {}

  TwoStep(long accountId) {
    this.accountId = accountId;
  }

  public long getAccountId() {
    return accountId;
  }

  /** Whether a second step is asked for at sign-in. */
  public boolean isEnabled() {
    return secret != null;
  }

  public Instant getEnabledAt() {
    return enabledAt;
  }

  public boolean isExempt() {
    return exempt;
  }

  String storedSecret() {
    return secret;
  }

  /** The last time step whose code was used; steps up to it never work again. */
  long usedUpTo() {
    return lastStep == null ? Long.MIN_VALUE : lastStep;
  }

  void enable(String storedSecret, long confirmedStep, Instant when) {
    this.secret = storedSecret;
    this.enabledAt = when;
    this.lastStep = confirmedStep;
  }

  void disable() {
    this.secret = null;
    this.enabledAt = null;
    this.lastStep = null;
  }

  void exempt() {
    this.exempt = true;
  }
}
