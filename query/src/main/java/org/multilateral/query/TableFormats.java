package org.multilateral.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;
import org.multilateral.query.internal.Escaping;

/** The renderings of a {@link Table}; each is documented on the {@code Table} method that calls it. */
final class TableFormats {

  private TableFormats() {}

  static String text(Table table) {
    int columns = table.columns().size();
    List<String[]> lines = new ArrayList<>(table.rows().size() + 1);
    lines.add(plain(table.header()));
    for (Table.Row row : table.rows()) {
      lines.add(plain(row.cells()));
    }
    int[] widths = new int[columns];
    boolean[] right = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      right[c] = table.columns().get(c).type() == Table.ColumnType.NUMBER;
    }
    for (String[] line : lines) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], width(line[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    appendAligned(out, right, lines.get(0), widths);
    String[] rule = new String[columns];
    for (int c = 0; c < columns; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    appendAligned(out, right, rule, widths);
    for (int l = 1; l < lines.size(); l++) {
      appendAligned(out, right, lines.get(l), widths);
    }
    return out.toString();
  }

  private static String[] plain(List<String> cells) {
    String[] plain = new String[cells.size()];
    for (int c = 0; c < plain.length; c++) {
      plain[c] = Escaping.plain(cells.get(c));
    }
    return plain;
  }

  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }

  /** One line of cells, padded to their column's width, without trailing white space (as {@code stripTrailing}). */
  private static void appendAligned(StringBuilder out, boolean[] right, String[] cells, int[] widths) {
    int start = out.length();
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      int pad = widths[c] - width(cell);
      if (c > 0) {
        out.append("  ");
      }
      if (right[c]) {
        pad(out, pad).append(cell);
      } else {
        pad(out.append(cell), pad);
      }
    }
    int end = out.length();
    while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  private static StringBuilder pad(StringBuilder out, int spaces) {
    for (int i = 0; i < spaces; i++) {
      out.append(' ');
    }
    return out;
  }

  static String markdown(Table table) {
    StringBuilder out = new StringBuilder();
    out.append("**").append(Escaping.markdown(table.title())).append("**\n\n");
    List<String> header = new ArrayList<>(table.header().stream().map(Escaping::markdown).toList());
    header.add(Table.SOURCES);
    appendMarkdownLine(out, header);
    List<String> rule = new ArrayList<>();
    table.columns().forEach(c -> rule.add(c.type() == Table.ColumnType.NUMBER ? "---:" : "---"));
    rule.add("---");
    appendMarkdownLine(out, rule);
    for (Table.Row row : table.rows()) {
      List<String> cells = new ArrayList<>(row.cells().stream().map(Escaping::markdown).toList());
      cells.add(String.join(" ", table.sourceNumbers(row).stream().map(n -> "[^" + n + "]").toList()));
      appendMarkdownLine(out, cells);
    }
    for (String note : table.notes()) {
      out.append("\n> **Note:** ").append(Escaping.markdown(note)).append('\n');
    }
    List<Source> sources = table.sources();
    if (!sources.isEmpty()) {
      out.append('\n');
    }
    for (int i = 0; i < sources.size(); i++) {
      out.append("[^").append(i + 1).append("]: ")
          .append(citation(sources.get(i), Escaping::markdown, (url, text) -> "[" + text + "](<" + url + ">)"))
          .append('\n');
    }
    return out.toString();
  }

  private static void appendMarkdownLine(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  static String csv(Table table) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(table.header().stream().map(Escaping::csv).toArray(String[]::new)).get())) {
      for (Table.Row row : table.rows()) {
        List<String> cells = new ArrayList<>(row.cells().size());
        for (int c = 0; c < row.cells().size(); c++) {
          // Numbers and dates are checked when the table is built; text is made safe for a spreadsheet.
          String cell = row.cells().get(c);
          cells.add(table.columns().get(c).type() == Table.ColumnType.TEXT ? Escaping.csv(cell) : cell);
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  static String json(Table table) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"title\": ").append(Escaping.json(table.title())).append(",\n");
    List<String> columns = table.columns().stream().map(c -> "{\"name\": " + Escaping.json(c.name())
        + ", \"type\": " + Escaping.json(c.type().name().toLowerCase(Locale.ROOT)) + "}").toList();
    appendJsonArray(out, "columns", columns, ",\n");
    List<String> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      StringBuilder r = appendJsonCells(new StringBuilder("{"), table, row);
      r.append(Escaping.json(Table.SOURCES)).append(": ").append(table.sourceNumbers(row)).append('}');
      rows.add(r.toString());
    }
    appendJsonArray(out, "rows", rows, ",\n");
    appendJsonArray(out, "notes", table.notes().stream().map(Escaping::json).toList(), ",\n");
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < table.sources().size(); i++) {
      Source s = table.sources().get(i);
      String url = s instanceof WebPage page ? ", \"url\": " + Escaping.json(page.url().toString()) : "";
      sources.add("{\"number\": " + (i + 1) + ", \"id\": " + Escaping.json(s.id()) + ", \"citation\": "
          + Escaping.json(s.citation()) + ", \"tier\": " + Escaping.json(s.tier().id()) + url + "}");
    }
    appendJsonArray(out, "sources", sources, "\n");
    return out.append("}\n").toString();
  }

  /** Appends each cell of {@code row} as {@code "column": value, }; the caller closes the object. */
  private static StringBuilder appendJsonCells(StringBuilder out, Table table, Table.Row row) {
    for (int c = 0; c < table.columns().size(); c++) {
      out.append(Escaping.json(table.columns().get(c).name())).append(": ")
          .append(jsonValue(row.cells().get(c), table.columns().get(c).type())).append(", ");
    }
    return out;
  }

  static String jsonLines(Table table) {
    StringBuilder out = new StringBuilder();
    for (Table.Row row : table.rows()) {
      appendJsonCells(out.append('{'), table, row);
      out.append(Escaping.json(Table.SOURCES)).append(": [")
          .append(String.join(", ", row.sources().stream().map(s -> Escaping.json(s.id())).toList()))
          .append("]}\n");
    }
    return out.toString();
  }

  private static String jsonValue(String cell, Table.ColumnType type) {
    if (type == Table.ColumnType.NUMBER && !cell.isEmpty()) {
      return cell;
    }
    return cell.isEmpty() && type != Table.ColumnType.TEXT ? "null" : Escaping.json(cell);
  }

  private static void appendJsonArray(StringBuilder out, String name, List<String> items, String end) {
    out.append("  ").append(Escaping.json(name)).append(": [");
    if (!items.isEmpty()) {
      out.append("\n    ").append(String.join(",\n    ", items)).append("\n  ");
    }
    out.append(']').append(end);
  }

  static String html(Table table) {
    StringBuilder out = new StringBuilder("<section class=\"multilateral-table\">\n<table>\n");
    out.append("<caption>").append(Escaping.html(table.title())).append("</caption>\n<thead>\n<tr>");
    table.header().forEach(h -> out.append("<th scope=\"col\">").append(Escaping.html(h)).append("</th>"));
    out.append("<th scope=\"col\">").append(Table.SOURCES).append("</th></tr>\n</thead>\n<tbody>\n");
    for (Table.Row row : table.rows()) {
      out.append("<tr>");
      for (int c = 0; c < row.cells().size(); c++) {
        boolean number = table.columns().get(c).type() == Table.ColumnType.NUMBER;
        out.append(number ? "<td class=\"number\">" : "<td>").append(Escaping.html(row.cells().get(c)))
            .append("</td>");
      }
      out.append("<td>").append(String.join(" ", table.sourceNumbers(row).stream()
          .map(n -> "<a href=\"#source-" + n + "\">[" + n + "]</a>").toList())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    for (String note : table.notes()) {
      out.append("<p class=\"note\"><strong>Note:</strong> ").append(Escaping.html(note)).append("</p>\n");
    }
    if (!table.sources().isEmpty()) {
      out.append("<ol class=\"sources\">\n");
      for (int i = 0; i < table.sources().size(); i++) {
        out.append("<li id=\"source-").append(i + 1).append("\">").append(citation(table.sources().get(i),
            Escaping::html, (url, text) -> "<a href=\"" + Escaping.html(url) + "\">" + text + "</a>"))
            .append("</li>\n");
      }
      out.append("</ol>\n");
    }
    return out.append("</section>\n").toString();
  }

  /**
   * A source's citation in a markup language: the text escaped by {@code escape}, and for a web page its title
   * linked to its address by {@code link(url, escapedTitle)}.
   */
  private static String citation(Source source, UnaryOperator<String> escape, BinaryOperator<String> link) {
    if (source instanceof WebPage page) {
      return escape.apply(page.publisher()) + ", \u201c" + link.apply(page.url().toString(),
          escape.apply(page.title())) + "\u201d (retrieved " + page.retrieved() + ") [" + page.tier().id() + "]";
    }
    SeedExcerpt seed = (SeedExcerpt) source;
    return escape.apply(seed.citation());
  }
}
