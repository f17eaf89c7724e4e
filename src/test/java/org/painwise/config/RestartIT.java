package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;

/**
 * Data survives a restart: an account made before the server stops can sign in after it starts
 * again. Uses a second, manually controlled server with its own H2 file database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

  private static final String CONTAINER = "restartable";
  private static final String DEPLOYMENT = "restart";

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void anAccountSurvivesAServerRestart() throws MalformedURLException {
    URL base =
        new URL(
            "http://127.0.0.1:"
                + System.getProperty("painwise.it.restart.http.port", "8180")
                + "/painwise-it/");
    String email = FacesClient.uniqueEmail("restart");
    try {
      controller.start(CONTAINER);
      deployer.deploy(DEPLOYMENT);
      assertTrue(new FacesClient(base).signUp("Rae Start", email, "a-good-password").isRedirect());
      controller.stop(CONTAINER);

      controller.start(CONTAINER);
      FacesClient.Page login = new FacesClient(base).login(email, "a-good-password");
      assertEquals(302, login.status(), "the account made before the restart can sign in");
      assertTrue(login.location().endsWith("/patient/index"));
    } finally {
      if (controller.isStarted(CONTAINER)) {
        deployer.undeploy(DEPLOYMENT);
        controller.stop(CONTAINER);
      }
    }
  }
}
