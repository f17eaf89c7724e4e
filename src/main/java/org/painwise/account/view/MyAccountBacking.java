package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.SignedInUser;

/** patient/account.xhtml: download my data, delete my account. */
@Named
@RequestScoped
public class MyAccountBacking {

  @Inject private AccountService accounts;
  @Inject private SignedInUser user;

  /** The patient types their email to confirm the deletion. */
  private String confirmEmail;

  public void delete() throws ServletException {
    Account me = accounts.find(user.requireId()).orElseThrow();
    if (confirmEmail == null || !me.getEmail().equals(Account.normaliseEmail(confirmEmail))) {
      Messages.addError("delete:confirmEmail", "patient_account.message.error.confirm");
      Faces.validationFailed();
      return;
    }
    accounts.delete(me.getId());
    Faces.logout();
    Faces.invalidateSession();
    Faces.redirect("?deleted=true");
  }

  public String getConfirmEmail() {
    return confirmEmail;
  }

  public void setConfirmEmail(String confirmEmail) {
    this.confirmEmail = confirmEmail;
  }
}
