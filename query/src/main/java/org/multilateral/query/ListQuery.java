package org.multilateral.query;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;

/** The answers of a list with no further steps, such as a dataset's frameworks. Immutable and thread-safe. */
final class ListQuery<T> extends Query<T> {

  /** The columns of a table of sources: id, tier, citation and address. */
  static final Columns<Source> SOURCE_COLUMNS = Columns.<Source>sourcedBy(List::of)
      .text("id", Source::id)
      .text("citation", Source::citation)
      .text("url", s -> s instanceof WebPage page ? page.url().toString() : "");

  private final String title;
  private final Supplier<List<T>> answers;
  private final Columns<T> columns;

  ListQuery(String title, Supplier<List<T>> answers, Columns<T> columns) {
    this.title = title;
    this.answers = answers;
    this.columns = columns;
  }

  @Override
  public Stream<T> stream() {
    return answers.get().stream();
  }

  @Override
  String title() {
    return title;
  }

  @Override
  Columns<T> columns() {
    return columns;
  }
}
