package org.multilateral.examples.cli;

import org.multilateral.query.internal.Escaping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.Membership;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;

/**
 * A country's place in multilateral cooperation, as a document of sections (each a table) whose sources are
 * numbered once across the whole report: footnotes in Markdown, a numbered list in HTML.
 */
final class CountryReport {

  private final String title;
  private final List<Table> sections;
  private final Map<Source, Integer> numbers = new LinkedHashMap<>();

  private CountryReport(String title, List<Table> sections) {
    this.title = title;
    this.sections = sections;
    for (Table section : sections) {
      for (Table.Row row : section.rows()) {
        row.sources().forEach(s -> numbers.putIfAbsent(s, numbers.size() + 1));
      }
    }
  }

  static CountryReport of(Multilateral world, String countryText) {
    Country country = world.country(countryText);
    String code = country.code().value();
    LocalDate today = world.currentTo();
    List<Table> sections = new ArrayList<>();
    sections.add(history(world, country));
    sections.add(world.memberships(code).asOf(today).table());
    sections.add(world.seats().involving(code).table());
    sections.add(world.initiatives().involving(code).table());
    sections.add(world.events().involving(code).table());
    return new CountryReport(country.name() + " in multilateral cooperation (data current to " + today + ")",
        sections.stream().filter(t -> !t.rows().isEmpty()).toList());
  }

  /** Every membership of the country, all roles and all spells, oldest first. */
  private static Table history(Multilateral world, Country country) {
    Table.Builder table = Table.builder("Memberships and roles over time")
        .column("organisation", Table.ColumnType.TEXT)
        .column("role", Table.ColumnType.TEXT)
        .column("spells", Table.ColumnType.TEXT);
    world.dataset().memberships().stream()
        .filter(m -> m.country().equals(country.code()))
        .sorted(java.util.Comparator.comparing((Membership m) -> m.firstSpell().start())
            .thenComparing(m -> m.organisation().value()))
        .forEach(m -> table.row(m.sources(), world.dataset().organisation(m.organisation()).orElseThrow().name(),
            m.role().id() + m.framework().map(f -> " (" + f + ")").orElse(""),
            m.spells().stream().map(CountryReport::spell).collect(Collectors.joining("; "))));
    return table.build();
  }

  private static String spell(Spell s) {
    return s.start() + " to " + s.end().map(Object::toString).orElse("today");
  }

  String toMarkdown() {
    StringBuilder md = new StringBuilder("# ").append(markdownCell(title)).append("\n");
    for (Table section : sections) {
      md.append("\n## ").append(markdownCell(section.title())).append("\n\n");
      md.append('|');
      section.header().forEach(h -> md.append(' ').append(markdownCell(h)).append(" |"));
      md.append(" sources |\n|");
      section.header().forEach(h -> md.append(" --- |"));
      md.append(" --- |\n");
      for (Table.Row row : section.rows()) {
        md.append('|');
        row.cells().forEach(c -> md.append(' ').append(markdownCell(c)).append(" |"));
        md.append(' ').append(row.sources().stream().map(s -> "[^" + numbers.get(s) + "]")
            .distinct().collect(Collectors.joining(""))).append(" |\n");
      }
    }
    md.append('\n');
    numbers.forEach((source, n) -> md.append("[^").append(n).append("]: ")
        .append(markdownCell(source.citation())).append('\n'));
    return md.toString();
  }

  String toHtml() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>").append(html(title)).append("</title>\n")
        .append("<style>body{font-family:Helvetica,Arial,sans-serif;max-width:60em;margin:2em auto;color:#1b2a41}"
            + "table{border-collapse:collapse;margin-bottom:1.5em}th,td{border:1px solid #c9d1da;padding:.3em .6em;"
            + "text-align:left;vertical-align:top}th{background:#eef2f6}sup a{text-decoration:none}"
            + "ol.sources{font-size:.9em}</style>\n</head>\n<body>\n")
        .append("<h1>").append(html(title)).append("</h1>\n");
    for (Table section : sections) {
      html.append("<h2>").append(html(section.title())).append("</h2>\n<table>\n<thead><tr>");
      section.header().forEach(h -> html.append("<th>").append(html(h)).append("</th>"));
      html.append("<th>sources</th></tr></thead>\n<tbody>\n");
      for (Table.Row row : section.rows()) {
        html.append("<tr>");
        row.cells().forEach(c -> html.append("<td>").append(html(c)).append("</td>"));
        html.append("<td>").append(row.sources().stream().map(numbers::get).distinct()
            .map(n -> "<sup><a href=\"#source-" + n + "\">" + n + "</a></sup>")
            .collect(Collectors.joining(" "))).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    numbers.forEach((source, n) -> html.append("<li id=\"source-").append(n).append("\">")
        .append(html(source.citation())).append("</li>\n"));
    return html.append("</ol>\n</body>\n</html>\n").toString();
  }

  private static String markdownCell(String text) {
    return Escaping.markdown(text);
  }

  private static String html(String text) {
    return Escaping.html(text);
  }
}
