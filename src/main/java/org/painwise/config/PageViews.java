package org.painwise.config;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Counts page views ({@link Metrics#PAGE_VIEWS}): a Faces page rendered for a GET, by view id (a
 * fixed set: the app's pages and error pages). Ajax updates and form posts are not page views.
 * Registered in faces-config.xml.
 */
public class PageViews implements PhaseListener {

  private static final long serialVersionUID = 1L;

  private transient volatile Metrics metrics;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.isPostback()
        || faces.getPartialViewContext().isAjaxRequest()
        || faces.getViewRoot() == null) {
      return;
    }
    Metrics m = metrics;
    if (m == null) {
      // The application-scoped proxy: looked up once, on the first page view.
      m = CDI.current().select(Metrics.class).get();
      metrics = m;
    }
    m.count(Metrics.PAGE_VIEWS, "view", faces.getViewRoot().getViewId());
  }
}
