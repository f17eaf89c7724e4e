package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.SignedInUser;
import org.painwise.config.Messages;

/** patient/account.xhtml: download my data, delete my account. */
@Named
@RequestScoped
public class MyAccountBacking {

  @Inject private AccountService accounts;
  @Inject private SignedInUser user;
  @Inject private FacesContext faces;

  /** The patient types their email to confirm the deletion. */
  private String confirmEmail;

  public void delete() throws IOException, ServletException {
    Account me = accounts.find(user.requireId()).orElseThrow();
    if (confirmEmail == null || !me.getEmail().equals(Account.normaliseEmail(confirmEmail))) {
      Messages.fieldError("delete:confirmEmail", "patient_account.message.error.confirm");
      faces.validationFailed();
      return;
    }
    accounts.delete(me.getId());
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/?deleted=true");
  }

  public String getConfirmEmail() {
    return confirmEmail;
  }

  public void setConfirmEmail(String confirmEmail) {
    this.confirmEmail = confirmEmail;
  }
}
