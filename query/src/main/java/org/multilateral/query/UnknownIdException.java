package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import org.multilateral.core.internal.Suggestions;

/**
 * An id, code or name matched nothing in the dataset: the one exception every lookup of the query API throws for
 * unknown input. The message offers the nearest known ones: {@code unknown organisation 'NAT0'; did you mean
 * NATO?}, and {@link #suggestions()} lists them.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnknownIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What was looked up. */
  private final String kind;
  /** The input as given. */
  private final String input;
  /** The nearest known ids or names. */
  private final List<String> suggestions;

  UnknownIdException(String kind, String input, List<String> suggestions) {
    super(message(kind, input, suggestions));
    this.kind = Objects.requireNonNull(kind);
    this.input = Objects.requireNonNull(input);
    this.suggestions = List.copyOf(suggestions);
  }

  private static String message(String kind, String input, List<String> suggestions) {
    return "unknown " + kind + " '" + input + "'" + Suggestions.didYouMean(suggestions);
  }

  /** What was looked up: {@code organisation} or {@code country}. */
  public String kind() {
    return kind;
  }

  /** The input as given. */
  public String input() {
    return input;
  }

  /** The nearest known ids or names, nearest first; possibly empty. */
  public List<String> suggestions() {
    return suggestions;
  }
}
