package org.painwise.config;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;

/**
 * When the action of a form post (a button, or an ajax listener such as the quiz autosave) fails
 * because the database could not store it, the person sees {@value StorageFailure#NOT_SAVED} on the
 * same page, with everything they typed still in it, instead of an error page. It handles this in
 * one place for every backing bean, before OmniFaces' {@code FullAjaxExceptionHandler}, which it
 * wraps (see faces-config.xml), sees the exception. A full page post answers 503; an ajax one 200,
 * since Faces' script drops an ajax answer with any other status.
 *
 * <p>Only form posts: a page whose GET fails (its view action or its rendering) gets the error
 * page, which does not need the database.
 */
public class StorageFailureExceptionHandlerFactory extends ExceptionHandlerFactory {

  private static final Logger LOG =
      Logger.getLogger(StorageFailureExceptionHandlerFactory.class.getName());

  public StorageFailureExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null && context.isPostback() && !context.getResponseComplete()) {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          Throwable exception = events.next().getContext().getException();
          if (StorageFailure.isCause(exception) && notRendering(context)) {
            events.remove();
            StorageFailure.seen();
            LOG.log(Level.WARNING, "Not saved: the database failed; the page says so", exception);
            Messages.addGlobalError(StorageFailure.NOT_SAVED);
            context.validationFailed();
            if (!context.getPartialViewContext().isAjaxRequest()) {
              ((HttpServletResponse) context.getExternalContext().getResponse())
                  .setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            context.renderResponse();
          }
        }
      }
      getWrapped().handle();
    }

    /**
     * Once the page is being written, it can no longer carry a message: the error page takes over.
     */
    private static boolean notRendering(FacesContext context) {
      return context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }
  }
}
