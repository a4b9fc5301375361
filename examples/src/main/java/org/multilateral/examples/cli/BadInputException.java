package org.multilateral.examples.cli;

/** Input the CLI rejects with exit status 2 and this message. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
