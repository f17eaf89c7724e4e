package org.painwise.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Base32;
import org.painwise.account.PendingSignIn;
import org.painwise.account.SignedInUser;
import org.painwise.account.TwoStepException;
import org.painwise.account.TwoStepService;

/**
 * two-step/setup.xhtml: turning two-step sign-in on. A signed-in user comes from their account page
 * or the offer after sign-in; an admin comes here from the login page, with nobody signed in yet,
 * because they must set it up before their first sign-in completes. A new secret for each opening
 * of the page, kept in this view (server-side state) until the first code confirms it; then the
 * recovery codes, shown once, and a button to go on (which completes the admin's sign-in).
 */
@Named
@ViewScoped
public class TwoStepSetupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The set-up page. */
  static final String PATH = "/two-step/setup";

  @Inject private TwoStepService twoStep;
  @Inject private SignedInUser user;
  @Inject private AccountService accounts;
  @Inject private SecondStepSignIn signIn;

  @NotBlank
  @Size(max = 20)
  private String code;

  private byte[] secret;
  private String email;
  private boolean signingIn;
  private List<String> recoveryCodes;

  /** On opening the page: for whom, and a new secret. */
  public void load() {
    HttpServletRequest request = Faces.getRequest();
    if (request.getUserPrincipal() != null && user.isSignedIn()) {
      TwoStepService.Status status = twoStep.status(user.requireId());
      if (!status.canTurnOn()) {
        Faces.redirect(Faces.getRequestContextPath() + TwoStepBacking.PATH);
        return;
      }
      email = accounts.find(user.requireId()).map(Account::getEmail).orElseThrow();
      signingIn = false;
    } else {
      Optional<PendingSignIn> pending =
          signIn.pending().filter(p -> p.next() == PendingSignIn.Next.SETUP);
      if (pending.isEmpty()) {
        Faces.redirect(Faces.getRequestContextPath() + TwoStepCodeBacking.PATH);
        return;
      }
      email = pending.get().email();
      signingIn = true;
    }
    secret = TwoStepService.newSecret();
  }

  /** The first code from the app turns it on; the recovery codes follow. */
  public void confirm() {
    if (secret == null) {
      return;
    }
    try {
      if (signingIn) {
        Optional<PendingSignIn> pending =
            signIn.pending().filter(p -> p.next() == PendingSignIn.Next.SETUP);
        if (pending.isEmpty()) {
          Faces.redirect(Faces.getRequestContextPath() + TwoStepCodeBacking.PATH);
          return;
        }
        recoveryCodes = twoStep.enable(pending.get(), secret, code);
        // Kept again, so that the session holds the sign-in as it is now (set up).
        pending.get().keep(Faces.getRequest(), pending.get().fragment());
      } else {
        recoveryCodes = twoStep.enable(user.requireId(), secret, code);
      }
      secret = null;
      code = null;
    } catch (TwoStepException e) {
      switch (e.reason()) {
        case WRONG_CODE -> {
          Messages.addError("confirm:code", "two_step_setup.message.error.code");
          Faces.validationFailed();
        }
        case ALREADY_ON -> Messages.addGlobalWarn("two_step_setup.message.warn.alreadyOn");
        default -> Messages.addGlobalError("two_step.message.error." + e.reason().name());
      }
    }
  }

  /** After the recovery codes: on to the page the user was going to, or their settings. */
  public void finish() {
    if (recoveryCodes == null) {
      return;
    }
    if (signingIn) {
      Optional<PendingSignIn> pending = signIn.pending();
      if (pending.isPresent() && signIn.complete(pending.get(), null)) {
        return;
      }
      Faces.redirect(Faces.getRequestContextPath() + TwoStepCodeBacking.PATH);
      return;
    }
    Messages.addFlashGlobalInfo("two_step.message.info.on");
    Faces.redirect(
        TwoStepOfferBacking.takeContinuation(Faces.getRequest())
            .orElse(Faces.getRequestContextPath() + TwoStepBacking.PATH));
  }

  /** The secret in groups of four, as people type it into an app. */
  public String getSecretText() {
    if (secret == null) {
      return "";
    }
    String plain = Base32.encodeUnpadded(secret);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < plain.length(); i += 4) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(plain, i, Math.min(plain.length(), i + 4));
    }
    return grouped.toString();
  }

  /** The {@code otpauth://} link that opens the app on a phone. */
  public String getOtpauthUri() {
    return secret == null ? "" : TwoStepService.otpauthUri(email, secret);
  }

  /** The QR code of that link, as an image address. */
  public String getQrCode() {
    return secret == null ? "" : QrCode.dataUri(getOtpauthUri());
  }

  public boolean isSigningIn() {
    return signingIn;
  }

  public boolean isConfirmed() {
    return recoveryCodes != null;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getEmail() {
    return email;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
