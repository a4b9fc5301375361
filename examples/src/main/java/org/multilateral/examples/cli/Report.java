package org.multilateral.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;
import org.multilateral.query.Table;
import org.multilateral.query.internal.Escaping;

/**
 * A report as a document: a title, a line saying which data it answers from, an optional chart, and sections (each a
 * table with its notes) whose sources are numbered once across the whole report: footnotes in Markdown, a numbered
 * list in HTML. The country and organisation reports both render through this class.
 *
 * <p>In HTML, cells can link to other pages: {@link Links} says where a country or an organisation has one (the
 * static site of {@code report --all}); a report printed on its own links nowhere but to its own sources.
 */
final class Report {

  /** A chart: its SVG (one {@code <svg>} element, no XML declaration) and a text for its image link. */
  record Chart(String svg, String description) {}

  /** Where the pages of countries and organisations are, for the links of a page; {@link #NONE} for none. */
  interface Links {
    /** The relative address of the page of the country with this ISO alpha-3 code, or of this English name. */
    Optional<String> country(String codeOrName);

    /** The relative address of the page of the organisation with this id, alias or name. */
    Optional<String> organisation(String idOrName);

    /** The relative address of the index page, from a report's page. */
    Optional<String> index();

    Links NONE = new Links() {
      @Override
      public Optional<String> country(String codeOrName) {
        return Optional.empty();
      }

      @Override
      public Optional<String> organisation(String idOrName) {
        return Optional.empty();
      }

      @Override
      public Optional<String> index() {
        return Optional.empty();
      }
    };
  }

  /** Columns that hold several country names separated by {@code "; "}. */
  private static final List<String> COUNTRY_LISTS = List.of("countries", "supporters", "participants");

  /** The pages' style sheet, inline in each page so that a page opens alone; printable. */
  static final String CSS = "body{font-family:Helvetica,Arial,sans-serif;max-width:1140px;margin:2em auto;"
      + "padding:0 1em;color:#1b2a41;line-height:1.35}"
      + "table{border-collapse:collapse;margin-bottom:.6em}th,td{border:1px solid #c9d1da;padding:.3em .6em;"
      + "text-align:left;vertical-align:top}th{background:#eef2f6}sup a{text-decoration:none}"
      + "a{color:#1f5fa8}p.data{color:#44546a;margin-top:-.5em}p.note{color:#44546a;font-style:italic;"
      + "font-size:.9em}figure{margin:1em 0}figure svg{max-width:100%;height:auto}nav{font-size:.9em}"
      + "td.n{white-space:nowrap}ol.sources li{overflow-wrap:anywhere}ol.sources{font-size:.9em}"
      + "@media print{body{max-width:none;margin:0}a{color:inherit;text-decoration:none}nav{display:none}"
      + "h2{break-after:avoid}tr,figure{break-inside:avoid}}";

  private final String title;
  private final String data;
  private final Optional<Chart> chart;
  private final List<Table> sections;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<Source> sources = new ArrayList<>();

  /**
   * A report titled {@code title}, with the line {@code data} under it (which data it answers from), an optional
   * chart, and its sections; empty tables are left out.
   */
  Report(String title, String data, Optional<Chart> chart, List<Table> sections) {
    this.title = title;
    this.data = data;
    this.chart = chart;
    this.sections = sections.stream().filter(t -> !t.rows().isEmpty()).toList();
    for (Table section : this.sections) {
      for (Table.Row row : section.rows()) {
        for (Source s : row.sources()) {
          if (numbers.putIfAbsent(s.id(), numbers.size() + 1) == null) {
            sources.add(s);
          }
        }
      }
    }
  }

  String title() {
    return title;
  }

  List<Table> sections() {
    return sections;
  }

  Optional<Chart> chart() {
    return chart;
  }

  /** The report as Markdown, with the chart as an image link to {@code chartFile} when one is given. */
  String toMarkdown(Optional<String> chartFile) {
    StringBuilder md = new StringBuilder("# ").append(markdown(title)).append("\n");
    if (chart.isPresent() && chartFile.isPresent()) {
      md.append("\n![").append(markdown(chart.get().description())).append("](").append(chartFile.get())
          .append(")\n");
    }
    for (Table section : sections) {
      md.append("\n## ").append(markdown(section.title())).append("\n\n");
      md.append('|');
      section.header().forEach(h -> md.append(' ').append(markdown(h)).append(" |"));
      md.append(" sources |\n|");
      section.header().forEach(h -> md.append(" --- |"));
      md.append(" --- |\n");
      for (Table.Row row : section.rows()) {
        md.append('|');
        row.cells().forEach(c -> md.append(' ').append(markdown(c)).append(" |"));
        md.append(' ').append(numbers(row).stream().map(n -> "[^" + n + "]")
            .collect(Collectors.joining(""))).append(" |\n");
      }
      for (String note : section.notes()) {
        md.append("\n*Note: ").append(markdown(note)).append("*\n");
      }
    }
    md.append('\n').append(markdown(data)).append("\n\n");
    for (int i = 0; i < sources.size(); i++) {
      md.append("[^").append(i + 1).append("]: ").append(markdown(sources.get(i).citation())).append('\n');
    }
    return md.toString();
  }

  /** The report as an HTML page (well-formed XML too), its cells linked where {@code links} has a page. */
  String toHtml(Links links) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(html(title)).append("</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    links.index().ifPresent(index -> html.append("<nav><a href=\"").append(html(index))
        .append("\">All organisations and countries</a></nav>\n"));
    html.append("<h1>").append(html(title)).append("</h1>\n")
        .append("<p class=\"data\">").append(html(data)).append("</p>\n");
    chart.ifPresent(c -> html.append("<figure id=\"chart\">\n").append(c.svg()).append("</figure>\n"));
    java.util.Set<String> anchors = new java.util.HashSet<>(List.of("chart", "sources"));
    for (Table section : sections) {
      String id = anchor(section.title());
      for (int n = 2; !anchors.add(id); n++) {
        id = anchor(section.title()) + "-" + n;
      }
      html.append("<h2 id=\"").append(id).append("\">").append(html(section.title()))
          .append("</h2>\n<table>\n<thead><tr>");
      section.header().forEach(h -> html.append("<th>").append(html(h)).append("</th>"));
      html.append("<th>sources</th></tr></thead>\n<tbody>\n");
      int iso3 = section.header().indexOf("iso3");
      int name = section.header().indexOf("name");
      for (Table.Row row : section.rows()) {
        html.append("<tr>");
        Optional<String> countryPage = iso3 < 0 ? Optional.empty() : links.country(row.cells().get(iso3));
        for (int c = 0; c < row.cells().size(); c++) {
          String column = section.header().get(c);
          String cell = row.cells().get(c);
          html.append(section.columns().get(c).type() == Table.ColumnType.TEXT ? "<td>" : "<td class=\"n\">")
              .append(cell(links, column, cell,
              c == iso3 || c == name ? countryPage : Optional.empty())).append("</td>");
        }
        html.append("<td>").append(numbers(row).stream()
            .map(n -> "<sup><a href=\"#source-" + n + "\">" + n + "</a></sup>")
            .collect(Collectors.joining(" "))).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
      for (String note : section.notes()) {
        html.append("<p class=\"note\">Note: ").append(html(note)).append("</p>\n");
      }
    }
    html.append("<h2 id=\"sources\">Sources</h2>\n<ol class=\"sources\">\n");
    for (int i = 0; i < sources.size(); i++) {
      html.append("<li id=\"source-").append(i + 1).append("\">").append(citation(sources.get(i)))
          .append("</li>\n");
    }
    return html.append("</ol>\n</body>\n</html>\n").toString();
  }

  /** A source's citation in HTML, its address (for a web page) a link a reader can follow. */
  private static String citation(Source source) {
    String text = html(source.citation());
    if (source instanceof WebPage page) {
      String url = html(page.url().toString());
      return text.replace(url, "<a href=\"" + url + "\">" + url + "</a>");
    }
    return text;
  }

  /** A cell's HTML: linked to {@code page} if given, else to the page its column says it names, if any. */
  private static String cell(Links links, String column, String cell, Optional<String> page) {
    if (cell.isEmpty()) {
      return "";
    }
    if (page.isPresent()) {
      return link(page.get(), cell);
    }
    if (column.equals("organisation")) {
      return links.organisation(cell).map(p -> link(p, cell)).orElse(html(cell));
    }
    if (column.equals("country")) {
      return links.country(cell).map(p -> link(p, cell)).orElse(html(cell));
    }
    if (COUNTRY_LISTS.contains(column)) {
      List<String> parts = new ArrayList<>();
      for (String name : cell.split("; ")) {
        parts.add(links.country(name).map(p -> link(p, name)).orElse(html(name)));
      }
      return String.join("; ", parts);
    }
    return html(cell);
  }

  private static String link(String href, String text) {
    return "<a href=\"" + html(href) + "\">" + html(text) + "</a>";
  }

  /** The numbers of a row's sources, each once, in the order the row cites them. */
  private List<Integer> numbers(Table.Row row) {
    return row.sources().stream().map(s -> numbers.get(s.id())).distinct().toList();
  }

  /** An id for a section heading: lower-case letters and digits joined by hyphens. */
  static String anchor(String title) {
    String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "section" : slug;
  }

  private static String markdown(String text) {
    return Escaping.markdown(text);
  }

  private static String html(String text) {
    return Escaping.html(text);
  }
}
