package org.painwise.clinic;

/**
 * A therapist asked about a patient who is not their linked client, or about something that belongs
 * to another therapist. Pages answer it exactly like an id that does not exist.
 */
public class NotYourClientException extends Exception {
  private static final long serialVersionUID = 1L;

  public NotYourClientException() {
    super("Not found");
  }
}
