package org.multilateral.query;

import java.util.function.Predicate;
import java.util.stream.Stream;

/** The answers of another query that satisfy a predicate. Immutable and thread-safe. */
final class FilteredQuery<T> extends Query<T> {

  private final Query<T> query;
  private final Predicate<? super T> predicate;

  FilteredQuery(Query<T> query, Predicate<? super T> predicate) {
    this.query = query;
    this.predicate = predicate;
  }

  @Override
  public Stream<T> stream() {
    return query.stream().filter(predicate);
  }

  @Override
  String title() {
    return query.title() + " (filtered)";
  }

  @Override
  public Completeness completeness() {
    return query.completeness();
  }

  @Override
  Columns<T> columns() {
    return query.columns();
  }
}
