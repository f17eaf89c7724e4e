package org.painwise.outcome.fhir;

/**
 * The client withdrew a share (or ended the link) while their FHIR download was being written: the
 * rest is not written, and the download stops unfinished.
 */
public class SharingEndedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SharingEndedException(Throwable cause) {
    super("sharing ended during the download", cause);
  }
}
