package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.multilateral.core.Source;

/**
 * A result as a table for a report: named, typed columns, rows of text cells, and the sources behind each row.
 * Renders as aligned text or RFC 4180 CSV.
 *
 * <p>Immutable and thread-safe.
 */
public final class Table {

  /** The type of a column's values. */
  public enum ColumnType {
    /** Free text. */
    TEXT,
    /** A date as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or empty. */
    DATE,
    /** A whole number. */
    NUMBER
  }

  /** A column's name and type. */
  public record Column(String name, ColumnType type) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /** A row's cells, one per column, and the sources behind them. */
  public record Row(List<String> cells, List<Source> sources) {
    public Row {
      cells = List.copyOf(cells);
      sources = List.copyOf(sources);
    }
  }

  private final String title;
  private final ImmutableList<Column> columns;
  private final ImmutableList<Row> rows;

  private Table(String title, ImmutableList<Column> columns, ImmutableList<Row> rows) {
    this.title = title;
    this.columns = columns;
    this.rows = rows;
  }

  /** A builder for a table with {@code title}. */
  public static Builder builder(String title) {
    return new Builder(Objects.requireNonNull(title, "title"));
  }

  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The column names. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** Aligned plain text: a header, a rule, one line per row; numbers aligned right. */
  public String toText() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).name().length();
      for (Row row : rows) {
        widths[c] = Math.max(widths[c], row.cells().get(c).codePointCount(0, row.cells().get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, header(), widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendLine(out, rule, widths);
    for (Row row : rows) {
      appendLine(out, row.cells(), widths);
    }
    return out.toString();
  }

  private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      int pad = widths[c] - cell.codePointCount(0, cell.length());
      if (c > 0) {
        line.append("  ");
      }
      if (columns.get(c).type() == ColumnType.NUMBER) {
        line.append(" ".repeat(pad)).append(cell);
      } else {
        line.append(cell).append(" ".repeat(pad));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** RFC 4180 CSV with a header row and CRLF line ends. */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(header().toArray(String[]::new)).get())) {
      for (Row row : rows) {
        printer.printRecord(row.cells());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return title + " (" + rows.size() + " rows)";
  }

  /** Builds a {@link Table}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final ImmutableList.Builder<Column> columns = ImmutableList.builder();
    private final ImmutableList.Builder<Row> rows = ImmutableList.builder();
    private int columnCount;

    private Builder(String title) {
      this.title = title;
    }

    public Builder column(String name, ColumnType type) {
      columns.add(new Column(name, type));
      columnCount++;
      return this;
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException unless there is one cell per column
     */
    public Builder row(List<Source> sources, String... cells) {
      checkArgument(cells.length == columnCount, "table '%s': row has %s cells for %s columns", title,
          cells.length, columnCount);
      rows.add(new Row(List.of(cells), sources));
      return this;
    }

    public Table build() {
      return new Table(title, columns.build(), rows.build());
    }
  }
}
