package org.painwise.account;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A REST call that a service refused answers like a resource that does not exist. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Override
  public Response toResponse(AccessDeniedException e) {
    return Response.status(Response.Status.NOT_FOUND).build();
  }
}
