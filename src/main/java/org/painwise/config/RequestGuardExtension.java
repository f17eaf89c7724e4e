package org.painwise.config;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link RequestGuard} and {@link RedirectedAjax} first in the deployment's Undertow handler
 * chain, ahead of security and sessions. WildFly finds it through {@code
 * META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class RequestGuardExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(
        RequestGuard.wrapper(deploymentInfo.getContextPath()));
    deploymentInfo.addInitialHandlerChainWrapper(RedirectedAjax.wrapper());
  }
}
