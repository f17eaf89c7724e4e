package org.painwise.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page. {@code LoginToContinue} remembers the page that was asked for,
 * so a deep link survives the trip through the login page.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"PATIENT", "THERAPIST", "EDUCATOR", "ADMIN"})
@FacesConfig
@ApplicationScoped
public class SecurityConfig {}
