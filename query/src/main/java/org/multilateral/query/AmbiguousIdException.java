package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.multilateral.core.Country;

/**
 * A name or code that names several countries, such as {@code CS} (Czechoslovakia until 1992, Serbia and Montenegro
 * from 2003): rather than choose one silently, the lookup names the candidates, and the caller asks again with a
 * code that names one.
 *
 * <p>Immutable and thread-safe.
 */
public final class AmbiguousIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final List<Country> candidates;

  AmbiguousIdException(String input, List<Country> candidates) {
    super("'" + input + "' names more than one country: " + candidates.stream()
        .map(c -> c.name() + " (" + c.code() + ")").collect(Collectors.joining(", "))
        + "; use one of their alpha-3 codes");
    this.input = Objects.requireNonNull(input, "input");
    this.candidates = List.copyOf(candidates);
  }

  /** The input as given. */
  public String input() {
    return input;
  }

  /** The countries it may name, by name. */
  public List<Country> candidates() {
    return candidates;
  }
}
