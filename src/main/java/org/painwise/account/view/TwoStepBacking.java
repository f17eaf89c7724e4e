package org.painwise.account.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.SignedInUser;
import org.painwise.account.TwoStepException;
import org.painwise.account.TwoStepService;

/**
 * account/two-step.xhtml: the signed-in user's two-step sign-in: on or off, how many recovery codes
 * are left, new recovery codes (shown once) and turning it off, both with the current password.
 * Admins cannot turn it off.
 */
@Named
@RequestScoped
public class TwoStepBacking {

  /** The settings page. */
  static final String PATH = "/account/two-step";

  @Inject private TwoStepService twoStep;
  @Inject private SignedInUser user;

  @NotBlank
  @Size(max = Account.PASSWORD_MAX)
  private String password;

  private TwoStepService.Status status;
  private List<String> recoveryCodes;

  @PostConstruct
  void load() {
    status = twoStep.status(user.requireId());
  }

  public void renewCodes() {
    try {
      recoveryCodes = twoStep.renewRecoveryCodes(user.requireId(), password);
      Messages.addGlobalInfo("two_step.message.info.renewed");
    } catch (TwoStepException e) {
      refused(e, "renew:password");
    }
    password = null;
    status = twoStep.status(user.requireId());
  }

  public void turnOff() {
    try {
      twoStep.disable(user.requireId(), password);
      Messages.addGlobalInfo("two_step.message.info.off");
    } catch (TwoStepException e) {
      refused(e, "off:password");
    }
    password = null;
    status = twoStep.status(user.requireId());
  }

  private static void refused(TwoStepException e, String field) {
    if (e.reason() == TwoStepException.Reason.WRONG_PASSWORD) {
      Messages.addError(field, "two_step.message.error.WRONG_PASSWORD");
      Faces.validationFailed();
    } else {
      Messages.addGlobalError("two_step.message.error." + e.reason().name());
    }
  }

  public TwoStepService.Status getStatus() {
    return status;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
