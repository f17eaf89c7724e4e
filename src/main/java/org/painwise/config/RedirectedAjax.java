package org.painwise.config;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

/**
 * An ajax request that the server redirected makes the browser go where it was sent.
 *
 * <p>Faces ajax requests are always POSTs. When one is redirected (the sign-in page of a session
 * that expired, {@code LoginToContinue}'s 302), the browser's XMLHttpRequest follows the redirect
 * itself, with a GET that still carries {@code Faces-Request: partial/ajax}. Faces would answer
 * that GET with a partial response of the page it was sent to, which the page that asked takes as a
 * successful update: nothing happens, and the quiz page (quiz.js) believes its answer saved. So
 * such a GET is answered here, before security and sessions, with a Faces ajax redirect to its own
 * URL: the browser opens that page, as it would after a form post.
 */
public final class RedirectedAjax implements HttpHandler {

  private static final HttpString FACES_REQUEST = new HttpString("Faces-Request");

  private final HttpHandler next;

  private RedirectedAjax(HttpHandler next) {
    this.next = next;
  }

  static HandlerWrapper wrapper() {
    return RedirectedAjax::new;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!isRedirectedAjax(
        exchange.getRequestMethod().toString(),
        exchange.getRequestHeaders().getFirst(FACES_REQUEST))) {
      next.handleRequest(exchange);
      return;
    }
    String query = exchange.getQueryString();
    String url = exchange.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
    exchange.setStatusCode(200);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/xml; charset=UTF-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseSender().send(partialRedirect(url));
  }

  /** A GET (or HEAD) that says it is a Faces ajax request, which only a followed redirect sends. */
  static boolean isRedirectedAjax(String method, String facesRequest) {
    return (Methods.GET_STRING.equals(method) || Methods.HEAD_STRING.equals(method))
        && "partial/ajax".equals(facesRequest);
  }

  /** The Faces partial response that sends the browser to {@code url}. */
  static String partialRedirect(String url) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + escape(url)
        + "\"></redirect></partial-response>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
