package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInView;

/**
 * index.xhtml, the landing page: after signing out ({@code ?signedOut=true}, from {@link
 * org.painwise.account.LogoutServlet}) or deleting the account ({@code ?deleted=true}, from {@link
 * MyAccountBacking}) it confirms it. The page keeps no state, so the confirmation rides in the
 * address; a flag only chooses one of two fixed messages, so a link cannot make the page say
 * anything else, and it says nothing to someone who is signed in.
 */
@Named
@RequestScoped
public class LandingBacking {

  @Inject private SignedInView user;

  /** The view action: the confirmation the address asks for, if any. */
  public void confirm() {
    if (user.isSignedIn()) {
      return;
    }
    if ("true".equals(Faces.getRequestParameter("deleted"))) {
      Messages.addGlobalInfo("landing.message.info.deleted");
    } else if ("true".equals(Faces.getRequestParameter("signedOut"))) {
      Messages.addGlobalInfo("landing.message.info.signedOut");
    }
  }
}
