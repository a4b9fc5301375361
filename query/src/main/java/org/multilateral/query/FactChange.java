package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import org.multilateral.core.Identified;
import org.multilateral.core.Source;

/**
 * A fact added, changed or removed between two datasets ({@link Multilateral#changesSince}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind added, changed or removed
 * @param fact what kind of fact: {@code country}, {@code membership}, {@code event}...
 * @param key the fact's identity: an alpha-3 code, an id, or a membership's label
 * @param detail what changed, in words: {@code spells 2006-06.. -> 2006-06-03..}; for an added or removed fact, its
 *     summary
 * @param sources the sources of the fact as it is now (as it was, for a removed fact)
 */
public record FactChange(Kind kind, String fact, String key, String detail, List<Source> sources) {

  /** Whether a fact was added, changed or removed. */
  public enum Kind implements Identified {
    ADDED, CHANGED, REMOVED;

    private final String id = Identified.idOf(this);

    @Override
    public String id() {
      return id;
    }
  }

  /** Checks that no argument is null; copies the sources. */
  public FactChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(detail, "detail");
    sources = List.copyOf(sources);
  }
}
