package org.multilateral.core;

import java.util.Objects;

/**
 * A fact that breaks one of the dataset's rules across records (a code another country already has, two full
 * memberships of one country in one organisation at once, a membership outside its country's life...), thrown by
 * {@link Dataset.Builder#build()}. {@link #fact()} names the record, so that a loader can say where it was written.
 */
public final class InvalidFactException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String fact;

  /** A failure of {@code fact}, such as {@code country BEL} or {@code membership BEL@NATO (member)}. */
  public InvalidFactException(String fact, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.fact = Objects.requireNonNull(fact, "fact");
  }

  /** The record that breaks the rule: {@code country BEL}, {@code organisation NATO} or a membership's label. */
  public String fact() {
    return fact;
  }
}
