package org.painwise.config;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A REST call whose transaction could not commit (the database refused the write at the end)
 * answers like {@link StorageFailureMapper}: 503 with a JSON error.
 */
@Provider
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

  @Override
  public Response toResponse(TransactionalException e) {
    return StorageFailureMapper.answer(e);
  }
}
