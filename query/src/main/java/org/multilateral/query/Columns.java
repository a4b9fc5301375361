package org.multilateral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Source;

/**
 * How results of type {@code T} become rows of a {@link Table}: typed columns, each with the function that gives
 * its cell, and the function that gives a row's sources. Each step returns a new value.
 *
 * <p>Immutable and thread-safe.
 */
final class Columns<T> {

  private record Col<T>(Table.Column column, Function<? super T, String> cell) {}

  private final List<Col<T>> columns;
  private final Function<? super T, List<Source>> sources;

  private Columns(List<Col<T>> columns, Function<? super T, List<Source>> sources) {
    this.columns = List.copyOf(columns);
    this.sources = sources;
  }

  /** No columns yet; each row's sources are {@code sources(result)}. */
  static <T> Columns<T> sourcedBy(Function<? super T, List<Source>> sources) {
    return new Columns<>(List.of(), sources);
  }

  Columns<T> text(String name, Function<? super T, String> cell) {
    return with(name, Table.ColumnType.TEXT, cell);
  }

  Columns<T> number(String name, ToLongFunction<? super T> cell) {
    return with(name, Table.ColumnType.NUMBER, t -> String.valueOf(cell.applyAsLong(t)));
  }

  Columns<T> date(String name, Function<? super T, PartialDate> cell) {
    return with(name, Table.ColumnType.DATE, t -> cell.apply(t).toString());
  }

  Columns<T> day(String name, Function<? super T, LocalDate> cell) {
    return with(name, Table.ColumnType.DATE, t -> cell.apply(t).toString());
  }

  /** A date column whose cell is empty when the date is absent. */
  Columns<T> dateIfAny(String name, Function<? super T, Optional<PartialDate>> cell) {
    return with(name, Table.ColumnType.DATE, t -> cell.apply(t).map(PartialDate::toString).orElse(""));
  }

  private Columns<T> with(String name, Table.ColumnType type, Function<? super T, String> cell) {
    List<Col<T>> more = new ArrayList<>(columns);
    more.add(new Col<>(new Table.Column(name, type), cell));
    return new Columns<>(more, sources);
  }

  List<Source> sources(T result) {
    return sources.apply(result);
  }

  Table table(String title, List<? extends T> results, List<String> notes) {
    Table.Builder table = Table.builder(title);
    notes.forEach(table::note);
    columns.forEach(c -> table.column(c.column().name(), c.column().type()));
    String[] cells = new String[columns.size()];
    for (T result : results) {
      for (int c = 0; c < cells.length; c++) {
        cells[c] = columns.get(c).cell().apply(result);
      }
      table.row(sources(result), List.of(cells));
    }
    return table.build();
  }
}
