package org.painwise.account.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Credentials;
import org.painwise.account.EmailAlreadyUsedException;
import org.painwise.account.SessionRevocationFilter;
import org.painwise.account.SignedInUser;
import org.painwise.account.Throttle;
import org.painwise.account.ThrottledException;
import org.painwise.account.WrongPasswordException;
import org.painwise.config.Languages;

/**
 * account/settings.xhtml, for every role: the language of pages and emails, the password and the
 * email. Password and email changes need the current password.
 */
@Named
@RequestScoped
public class AccountSettingsBacking {

  @Inject private AccountService accounts;
  @Inject private Credentials credentials;
  @Inject private SignedInUser user;
  @Inject private Throttle throttle;

  private Account me;

  /** A language tag, or empty for "the browser's". */
  private String language;

  @NotBlank
  @Size(max = Account.PASSWORD_MAX)
  private String currentPassword;

  @NotBlank
  @Size(min = Account.PASSWORD_MIN, max = Account.PASSWORD_MAX)
  private String newPassword;

  private String repeatPassword;

  @NotBlank
  @Email
  @Size(max = Account.EMAIL_MAX)
  private String newEmail;

  @NotBlank
  @Size(max = Account.PASSWORD_MAX)
  private String emailPassword;

  @PostConstruct
  void load() {
    me = accounts.find(user.requireId()).orElseThrow();
    language = me.getLanguage();
  }

  /** Saves the language in the account, and in this browser's cookie, then shows it. */
  public void saveLanguage() {
    Locale chosen = Languages.of(language).orElse(null);
    accounts.setLanguage(me.getId(), chosen == null ? null : chosen.getLanguage());
    user.refresh();
    Faces.getResponse().addCookie(Languages.cookie(Faces.getRequestContextPath(), chosen));
    Messages.addFlashGlobalInfo("account_settings.message.info.language");
    Faces.redirect("account/settings");
  }

  public void changePassword() {
    if (repeatPassword == null || !repeatPassword.equals(newPassword)) {
      Messages.addError("password:repeat", "account_settings.message.error.mismatch");
      Faces.validationFailed();
      return;
    }
    try {
      credentials.changePassword(
          me.getId(), currentPassword, newPassword, throttle.addressOf(Faces.getRequest()));
    } catch (WrongPasswordException e) {
      Messages.addError("password:current", "account_settings.message.error.wrongPassword");
      Faces.validationFailed();
      return;
    } catch (ThrottledException e) {
      TooManyAttempts.answer(e.waitFor());
      Faces.validationFailed();
      return;
    }
    // The other sessions are signed out; this one goes on with the new stamp.
    SessionRevocationFilter.remember(Faces.getRequest(), accounts, me.getEmail());
    Messages.addGlobalInfo("account_settings.message.info.passwordChanged");
  }

  public void changeEmail() throws ServletException {
    String wanted = Account.normaliseEmail(newEmail);
    if (wanted.equals(me.getEmail())) {
      Messages.addError("email:newEmail", "account_settings.message.error.sameEmail");
      Faces.validationFailed();
      return;
    }
    Credentials.EmailChange done;
    try {
      done =
          credentials.changeEmail(
              me.getId(), emailPassword, wanted, throttle.addressOf(Faces.getRequest()));
    } catch (WrongPasswordException e) {
      Messages.addError("email:password", "account_settings.message.error.wrongPassword");
      Faces.validationFailed();
      return;
    } catch (EmailAlreadyUsedException e) {
      Messages.addError("email:newEmail", "account_settings.message.error.emailUsed");
      Faces.validationFailed();
      return;
    } catch (ThrottledException e) {
      TooManyAttempts.answer(e.waitFor());
      Faces.validationFailed();
      return;
    }
    if (done == Credentials.EmailChange.LINK_SENT) {
      Messages.addGlobalInfo("account_settings.message.info.emailLinkSent", wanted);
      newEmail = null;
      return;
    }
    // One signs in with the email: every session of the account ends, this one too.
    Faces.logout();
    Faces.invalidateSession();
    Messages.addFlashGlobalInfo("account_settings.message.info.emailChanged", wanted);
    Faces.redirect("login");
  }

  /** Whether an email change waits for a link (mail on) or happens at once. */
  public boolean isMailDelivers() {
    return credentials.mailDelivers();
  }

  public Account getMe() {
    return me;
  }

  public List<Locale> getLanguages() {
    return Languages.SUPPORTED;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }
}
