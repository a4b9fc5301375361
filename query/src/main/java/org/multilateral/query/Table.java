package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Source;

/**
 * A result as a table for a report: named, typed columns, rows of text cells, and the sources behind each row.
 * Renders as {@linkplain #toText() aligned text}, {@linkplain #toMarkdown() Markdown}, {@linkplain #toCsv() CSV},
 * {@linkplain #toJson() JSON} and {@linkplain #toHtml() HTML}.
 *
 * <p><b>Numbered citations.</b> Each distinct source (by {@link Source#id()}) of the rows gets one number, in the
 * order the rows first cite it: {@link #sources()} lists them, source {@code n} at index {@code n - 1}, and
 * {@link #sourceNumbers(Row)} gives a row's numbers. Markdown shows them as footnotes, HTML as a numbered list that
 * the rows link to, JSON as a {@code sources} field per row and a {@code sources} list; aligned text and CSV show
 * the cells only ({@link #citations()} is the list of sources as a table of its own).
 *
 * <p>Immutable and thread-safe.
 */
public final class Table {

  /** The name reserved for the sources of each row in the Markdown, JSON and HTML forms. */
  public static final String SOURCES = "sources";

  /** The type of a column's values; the {@link Builder} checks each cell against it. */
  public enum ColumnType {
    /** Free text. */
    TEXT,
    /** A date as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or empty. */
    DATE,
    /** A whole number, such as {@code -12} or {@code 32}, or empty. */
    NUMBER
  }

  /**
   * A column's name and type.
   *
   * @param name the name, as in the header
   * @param type the type of its cells
   */
  public record Column(String name, ColumnType type) {
    /** Checks the arguments. */
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A row's cells, one per column, and the sources behind them.
   *
   * @param cells the cells, in column order; an empty cell is an empty string
   * @param sources the sources of the row's facts
   */
  public record Row(List<String> cells, List<Source> sources) {
    /** Copies the lists, unless they are immutable already. */
    public Row {
      cells = List.copyOf(cells);
      sources = sources instanceof ImmutableList<Source> immutable ? immutable : List.copyOf(sources);
    }
  }

  private final String title;
  private final ImmutableList<Column> columns;
  private final ImmutableList<Row> rows;
  private final ImmutableList<Source> sources;
  private final ImmutableMap<String, Integer> numbers;
  private final ImmutableList<String> notes;

  private Table(String title, ImmutableList<Column> columns, ImmutableList<Row> rows, ImmutableList<String> notes) {
    this.title = title;
    this.notes = notes;
    this.columns = columns;
    this.rows = rows;
    Map<String, Source> distinct = new LinkedHashMap<>();
    rows.forEach(r -> r.sources().forEach(s -> distinct.putIfAbsent(s.id(), s)));
    this.sources = ImmutableList.copyOf(distinct.values());
    ImmutableMap.Builder<String, Integer> n = ImmutableMap.builder();
    for (int i = 0; i < sources.size(); i++) {
      n.put(sources.get(i).id(), i + 1);
    }
    this.numbers = n.buildOrThrow();
  }

  /** A builder for a table with {@code title}. */
  public static Builder builder(String title) {
    return new Builder(Objects.requireNonNull(title, "title"));
  }

  /** The title, such as {@code North Atlantic Treaty Organization members on 1999-06-01}. */
  public String title() {
    return title;
  }

  /** The columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows, in order. */
  public List<Row> rows() {
    return rows;
  }

  /** The column names. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * What a reader must know about the table's limits: one sentence each, such as that the day asked about is
   * outside the data's declared coverage (see {@link Query#completeness()}); empty for a complete answer.
   */
  public List<String> notes() {
    return notes;
  }

  /** The distinct sources of the rows, numbered from 1 in the order the rows first cite them. */
  public List<Source> sources() {
    return sources;
  }

  /** The numbers of {@code row}'s sources (see {@link #sources()}), ascending and each once. */
  public List<Integer> sourceNumbers(Row row) {
    Objects.requireNonNull(row, "row");
    return row.sources().stream().map(s -> numbers.get(s.id())).filter(Objects::nonNull).distinct().sorted()
        .toList();
  }

  /** The numbered sources as a table of their own: number, id, citation. */
  public Table citations() {
    Builder table = builder("Sources of " + title).column("number", ColumnType.NUMBER)
        .column("id", ColumnType.TEXT).column("citation", ColumnType.TEXT);
    for (int i = 0; i < sources.size(); i++) {
      table.row(List.of(sources.get(i)), String.valueOf(i + 1), sources.get(i).id(), sources.get(i).citation());
    }
    return table.build();
  }

  /**
   * Aligned plain text: a header, a rule, one line per row; numbers aligned right. Line breaks and other control
   * characters in cells print as spaces, bidirectional controls as {@code [U+202E]}. No sources: see
   * {@link #citations()}; no notes: see {@link #notes()}.
   */
  public String toText() {
    return TableFormats.text(this);
  }

  /**
   * A GitHub Flavored Markdown table with the title in bold above it and a last column {@value #SOURCES} of
   * footnote references ({@code [^1]}), followed by the {@linkplain #notes() notes} as a quoted paragraph and the
   * footnotes. Every line of the table has the same number of
   * cells: pipes, backslashes and markup characters in cells are escaped and line breaks become spaces.
   */
  public String toMarkdown() {
    return TableFormats.markdown(this);
  }

  /**
   * RFC 4180 CSV (through Apache Commons CSV) with a header row and CRLF line ends; cells only, no sources. A text
   * cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is
   * prefixed with a single quote, and control and bidirectional characters other than line breaks and tabs are
   * written as {@code [U+XXXX]}.
   */
  public String toCsv() {
    return TableFormats.csv(this);
  }

  /**
   * A JSON object: {@code title}, {@code columns} (name and type), {@code rows} (one object per row, keyed by
   * column name, with a {@value #SOURCES} array of source numbers), {@code notes} (strings), and {@code sources}
   * (number, id, citation, tier, and url for a web page). A number cell is a JSON number, an empty number or date cell is {@code null}.
   */
  public String toJson() {
    return TableFormats.json(this);
  }

  /**
   * An HTML fragment that is also well-formed XHTML: a {@code section} holding a {@code table} (with the title as
   * caption, and a last column linking to the sources), a {@code p class="note"} per {@linkplain #notes() note},
   * and an {@code ol} of the numbered sources. Every text is
   * escaped; characters XML does not allow become U+FFFD.
   */
  public String toHtml() {
    return TableFormats.html(this);
  }

  /**
   * JSON Lines: one JSON object per row, keyed by column name (a number cell a JSON number, an empty number or date
   * cell {@code null}), with a {@value #SOURCES} array of the row's source ids; no title, notes or header, so that
   * tools that read JSON Lines (DuckDB, pandas, Spark) load it as it is.
   */
  public String toJsonLines() {
    return TableFormats.jsonLines(this);
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
    private final Set<String> names = new HashSet<>();
    private final List<ColumnType> types = new ArrayList<>();
    private final ImmutableList.Builder<String> notes = ImmutableList.builder();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds a column.
     *
     * @throws IllegalArgumentException if {@code name} is blank, repeated, or {@value Table#SOURCES}
     */
    public Builder column(String name, ColumnType type) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      checkArgument(!name.isBlank(), "table '%s': blank column name", title);
      checkArgument(!name.equals(SOURCES), "table '%s': the column name '%s' is reserved", title, SOURCES);
      checkArgument(names.add(name), "table '%s': column '%s' appears twice", title, name);
      columns.add(new Column(name, type));
      types.add(type);
      return this;
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException unless there is one cell per column and each cell fits its column's type
     */
    public Builder row(List<Source> sources, String... cells) {
      return row(sources, List.of(cells));
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException unless there is one cell per column and each cell fits its column's type
     */
    public Builder row(List<Source> sources, List<String> cells) {
      Objects.requireNonNull(sources, "sources");
      checkArgument(cells.size() == types.size(), "table '%s': row has %s cells for %s columns", title,
          cells.size(), types.size());
      for (int c = 0; c < cells.size(); c++) {
        checkCell(cells.get(c), types.get(c));
      }
      rows.add(new Row(cells, sources));
      return this;
    }

    private void checkCell(String cell, ColumnType type) {
      if (cell.isEmpty()) {
        return;
      }
      if (type == ColumnType.NUMBER) {
        checkArgument(cell.matches("-?\\d{1,18}"), "table '%s': '%s' is not a whole number", title, cell);
      } else if (type == ColumnType.DATE) {
        try {
          PartialDate.parse(cell);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("table '" + title + "': " + e.getMessage(), e);
        }
      }
    }

    /** Adds a note on the table's limits, one sentence; see {@link Table#notes()}. */
    public Builder note(String note) {
      Objects.requireNonNull(note, "note");
      checkArgument(!note.isBlank(), "table '%s': blank note", title);
      notes.add(note);
      return this;
    }

    /** The table. */
    public Table build() {
      return new Table(title, columns.build(), rows.build(), notes.build());
    }
  }
}
