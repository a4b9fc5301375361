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
  /** Finds the nearest known ids or names, once, when first asked for; null after. */
  private transient java.util.function.Supplier<List<String>> nearest;
  /** The nearest known ids or names, once found. */
  private List<String> suggestions;

  /**
   * The suggestions are found only when the message or {@link #suggestions()} is first asked for: a caller that
   * catches the exception to try another kind of lookup (an organisation, then a country) never pays for the search.
   */
  UnknownIdException(String kind, String input, java.util.function.Supplier<List<String>> nearest) {
    super((String) null);
    this.kind = Objects.requireNonNull(kind);
    this.input = Objects.requireNonNull(input);
    this.nearest = Objects.requireNonNull(nearest);
  }

  @Override
  public String getMessage() {
    return "unknown " + kind + " '" + input + "'" + Suggestions.didYouMean(suggestions());
  }

  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    suggestions(); // found before the finder, which is not serialisable, is left behind
    out.defaultWriteObject();
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
  public synchronized List<String> suggestions() {
    if (suggestions == null) {
      suggestions = List.copyOf(nearest.get());
      nearest = null;
    }
    return suggestions;
  }
}
