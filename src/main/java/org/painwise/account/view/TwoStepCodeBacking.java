package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.PendingSignIn;
import org.painwise.account.TwoStepVerdict.Refusal;

/**
 * two-step/code.xhtml: the second step of a sign-in, a code from the authenticator app or a
 * recovery code. Wrong and reused codes get a message by the field; too many get the throttle's
 * 429; a sign-in left half done past its deadline is over, and the page says to sign in again.
 */
@Named
@RequestScoped
public class TwoStepCodeBacking {

  /** The code page. */
  static final String PATH = "/two-step/code";

  @Inject private SecondStepSignIn signIn;

  /** Typed as shown by the app (spaces allowed) or a recovery code with its dashes. */
  @NotBlank
  @Size(max = 40)
  private String code;

  private boolean expired;

  /** Where the browser goes after a right password when a second step follows. */
  static String pathOf(PendingSignIn pending) {
    return pending.next() == PendingSignIn.Next.SETUP ? TwoStepSetupBacking.PATH : PATH;
  }

  /** On opening the page: is a sign-in waiting for its code? */
  public void load() {
    Optional<PendingSignIn> pending = signIn.pending();
    if (pending.isEmpty()) {
      expired = true;
    } else if (pending.get().next() != PendingSignIn.Next.CODE) {
      Faces.redirect(Faces.getRequestContextPath() + pathOf(pending.get()));
    }
  }

  public void verify() {
    Optional<PendingSignIn> pending =
        signIn.pending().filter(p -> p.next() == PendingSignIn.Next.CODE);
    if (pending.isEmpty()) {
      expired = true;
      return;
    }
    if (signIn.complete(pending.get(), code)) {
      return;
    }
    code = null;
    if (signIn.throttledFor().isPresent()) {
      TooManyAttempts.answer(signIn.throttledFor().get());
      return;
    }
    Refusal refusal = signIn.refusal().orElse(Refusal.WRONG);
    if (refusal == Refusal.EXPIRED) {
      PendingSignIn.forget(Faces.getRequest());
      expired = true;
      return;
    }
    Messages.addError(
        "twoStep:code",
        refusal == Refusal.USED
            ? "two_step_code.message.error.used"
            : "two_step_code.message.error.wrong");
    Faces.validationFailed();
  }

  public boolean isExpired() {
    return expired;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
