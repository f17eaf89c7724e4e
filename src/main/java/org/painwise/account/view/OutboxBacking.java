package org.painwise.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.painwise.account.OutboxService;
import org.painwise.config.Outbox;
import org.painwise.config.PagedModel;

/**
 * admin/outbox.xhtml: the mail kept in memory when no SMTP server is configured, newest first, in
 * pages, searched by recipient ({@code ?to=} opens it searched).
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OutboxService outbox;

  private String to;

  private final PagedModel<Outbox.Message> model =
      PagedModel.of(
          () -> outbox.count(to),
          (first, size, sortField, ascending) -> outbox.page(to, first, size),
          Outbox.Message::id);

  /** A new search starts again on the first page. */
  public void filter() {
    PagedModel.firstPage("outbox:table");
  }

  public boolean isKeeping() {
    return outbox.keeping();
  }

  public PagedModel<Outbox.Message> getModel() {
    return model;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
