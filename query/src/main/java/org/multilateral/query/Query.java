package org.multilateral.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.multilateral.core.Source;

/**
 * A question whose answers are values of type {@code T}, in a defined order, with the terminal operations every
 * query shares: {@link #list()}, {@link #stream()}, {@link #count()}, {@link #first()}, {@link #last()},
 * {@link #single()}, {@link #table()} and {@link #sources()}.
 *
 * <p>A query is a description, not a result: it is evaluated afresh by each terminal operation, and each fluent
 * step of a subclass returns a new query, leaving the one it was called on unchanged, so queries can be kept,
 * reused and shared between threads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the answers
 */
public abstract class Query<T> {

  Query() {}

  /** The answers in order, as a new stream on each call. */
  public abstract Stream<T> stream();

  /** What the query asks, in words; the title of its {@link #table()}. */
  abstract String title();

  /** How answers become table rows. */
  abstract Columns<T> columns();

  /** The answers in order, as an unmodifiable list; like {@code stream().toList()}. */
  public List<T> list() {
    return stream().toList();
  }

  /** The number of answers; like {@code stream().count()}, as an {@code int}. */
  public int count() {
    return Math.toIntExact(stream().count());
  }

  /** The first answer, or empty if there is none; like {@code stream().findFirst()}. */
  public Optional<T> first() {
    return stream().findFirst();
  }

  /** The last answer, or empty if there is none; like {@code stream().reduce((a, b) -> b)}. */
  public Optional<T> last() {
    return stream().reduce((a, b) -> b);
  }

  /**
   * The only answer; like Guava's {@code Iterables.getOnlyElement(list())}.
   *
   * @throws NoSuchElementException if there is no answer
   * @throws IllegalStateException if there are several; the message says how many
   */
  public T single() {
    List<T> all = stream().limit(2).toList();
    if (all.isEmpty()) {
      throw new NoSuchElementException("expected exactly one answer to '" + title() + "', found none");
    }
    if (all.size() > 1) {
      throw new IllegalStateException("expected exactly one answer to '" + title() + "', found " + count());
    }
    return all.get(0);
  }

  /**
   * The answers that satisfy {@code predicate}, in the same order and with the same table columns; like
   * {@code stream().filter(predicate)}.
   */
  public Query<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new FilteredQuery<>(this, predicate);
  }

  /**
   * Whether the answers are complete: whether the days they cover lie inside the data's declared coverage and on or
   * before the day it is current to, and whether imprecise dates leave some of them uncertain. Queries without a
   * time or coverage to speak of are always complete.
   */
  public Completeness completeness() {
    return Completeness.COMPLETE;
  }

  /** Whether the answers are complete; like {@code completeness().isComplete()}. */
  public boolean isComplete() {
    return completeness().isComplete();
  }

  /**
   * The answers as a table for a report, one row per answer, with the sources of each row and the notes of
   * {@link #completeness()}.
   */
  public Table table() {
    return columns().table(title(), list(), completeness().notes());
  }

  /**
   * The distinct sources of the answers (by id), in the order the answers first cite them (the numbering of
   * {@link Table#sources()}), as a query of its own: {@code sources().list()}, {@code sources().table()}. Like
   * {@code stream().flatMap(t -> sourcesOf(t).stream()).distinct()}.
   */
  public Query<Source> sources() {
    return new ListQuery<>("Sources of: " + title(), () -> {
      Map<String, Source> distinct = new LinkedHashMap<>();
      stream().forEach(t -> columns().sources(t).forEach(s -> distinct.putIfAbsent(s.id(), s)));
      return List.copyOf(distinct.values());
    }, ListQuery.SOURCE_COLUMNS);
  }

  /** What the query asks, in words. */
  @Override
  public String toString() {
    return title();
  }
}
