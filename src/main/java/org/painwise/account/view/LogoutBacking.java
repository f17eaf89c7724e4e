package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;

/** The layout's sign-out button: ends the session and goes to the landing page. */
@Named
@RequestScoped
public class LogoutBacking {

  public void logout() throws ServletException {
    Faces.logout();
    Faces.invalidateSession();
    Faces.redirect("?signedOut=true");
  }
}
