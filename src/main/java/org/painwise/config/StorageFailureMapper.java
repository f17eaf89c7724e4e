package org.painwise.config;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A REST call whose write the database refused answers 503 with a JSON error, so that the page
 * script can say "not saved" and try again, never a bare 500. Services throw the failure as a JPA
 * {@link PersistenceException} (the SQL error as its cause) or, when the commit fails, as a {@code
 * TransactionalException}; {@link CommitFailureMapper} maps the second.
 */
@Provider
public class StorageFailureMapper implements ExceptionMapper<PersistenceException> {

  private static final Logger LOG = Logger.getLogger(StorageFailureMapper.class.getName());

  @Override
  public Response toResponse(PersistenceException e) {
    return answer(e);
  }

  /** 503 and {@code {"error":"storage"}} for a storage failure; 500 and "internal" otherwise. */
  static Response answer(RuntimeException e) {
    boolean storage = StorageFailure.isCause(e);
    if (storage) {
      StorageFailure.seen();
    }
    LOG.log(Level.WARNING, storage ? "Not saved: the database failed" : "REST call failed", e);
    return Response.status(
            storage ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.INTERNAL_SERVER_ERROR)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            "{\"error\":\""
                + (storage ? "storage" : "internal")
                + "\",\"message\":\""
                + (storage ? StorageFailure.NOT_SAVED : "error_500.text")
                + "\"}")
        .build();
  }
}
