package org.multilateral.query;

import java.util.List;
import java.util.Objects;

/**
 * Whether an answer is complete: whether every day or window it covers lies inside the data's declared
 * {@linkplain org.multilateral.core.Coverage coverage} and on or before the day the data is current to, and whether
 * imprecise dates leave some answers uncertain. An answer with notes is not wrong, but a reader must not take what
 * is missing from it for a fact: "not recorded" is not "not a member".
 *
 * <p>Immutable and thread-safe.
 *
 * @param notes one sentence per limit the answer reaches, in the order found; empty when the answer is complete
 */
public record Completeness(List<String> notes) {

  /** An answer with nothing to say about its limits. */
  public static final Completeness COMPLETE = new Completeness(List.of());

  /** Copies {@code notes}. */
  public Completeness {
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  /** Whether the answer is complete: no note. */
  public boolean isComplete() {
    return notes.isEmpty();
  }

  /** The notes of this answer and of {@code other}, each once. */
  public Completeness and(Completeness other) {
    Objects.requireNonNull(other, "other");
    return new Completeness(java.util.stream.Stream.concat(notes.stream(), other.notes.stream()).distinct()
        .toList());
  }

  /** The notes joined into one line, or an empty string when the answer is complete. */
  @Override
  public String toString() {
    return String.join(" ", notes);
  }
}
