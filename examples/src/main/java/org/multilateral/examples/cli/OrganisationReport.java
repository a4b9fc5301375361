package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.multilateral.core.Milestone;
import org.multilateral.core.Organisation;
import org.multilateral.core.Role;
import org.multilateral.query.MemberQuery;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;

/**
 * An organisation's report: what it is and when it was founded, the chart of its members over time, its enlargement
 * waves and departures, its current members, partners (with their frameworks), candidates and observers, its
 * summits and events, documents, office holders, initiatives and seats; rendered by {@link Report}.
 */
final class OrganisationReport {

  private OrganisationReport() {}

  static Report of(Multilateral world, Organisation organisation) {
    String id = organisation.id().value();
    LocalDate today = world.currentTo();
    MemberQuery members = world.members(id);
    List<Table> sections = new ArrayList<>();
    sections.add(about(world, organisation));
    // An organ whose seats are held by election for terms (the Security Council) neither enlarges nor loses members
    // when a term begins or ends.
    boolean elected = world.dataset().memberships().stream()
        .anyMatch(m -> m.organisation().equals(organisation.id()) && m.role() == Role.ELECTED_MEMBER);
    sections.add(elected
        ? select(members.waves().table(), "Seats taken, by date", "date", "count", "countries")
        : select(members.waves().table(), "Enlargement waves", "date", "kind", "count", "countries"));
    sections.add(select(members.changes().left().table(), elected ? "Seats left, by date" : "Departures", "date",
        "date kind", "iso3", "name", "role"));
    sections.add(select(members.asOf(today).table(), "Members on " + today, "iso3", "name", "role", "start"));
    sections.add(select(members.roles(Role.PARTNER).asOf(today).table(), "Partners on " + today, "iso3", "name",
        "framework", "start"));
    sections.add(select(world.frameworks(id).table(), "Partnership frameworks", "id", "name", "launched"));
    sections.add(select(members.roles(Role.CANDIDATE, Role.ASPIRANT).asOf(today).table(),
        "Candidates and aspirants on " + today, "iso3", "name", "role", "start"));
    sections.add(select(members.roles(Role.OBSERVER).asOf(today).table(), "Observers on " + today, "iso3", "name",
        "start"));
    sections.add(select(world.events(id).table(), "Summits and events", "start", "end", "kind", "title", "place"));
    sections.add(select(world.documents(id).table(), "Documents"));
    sections.add(select(world.offices(id).table(), "Office holders", "title", "holder", "country", "start", "end"));
    sections.add(select(world.initiatives(id).table(), "Initiatives", "name", "launched", "supporters"));
    sections.add(select(world.seats(id).table(), "Seats"));
    return new Report(organisation.name() + " (" + id + ")",
        "Data " + world.dataset().version() + ", current to " + today + ".", membersChart(world, organisation),
        sections);
  }

  /**
   * The chart of the organisation's members over time (the step chart of {@link MembershipChartSvg}, which reads
   * for 193 members as well as for 12), inline SVG; empty for an organisation without members.
   */
  private static Optional<Report.Chart> membersChart(Multilateral world, Organisation organisation) {
    if (world.members(organisation.id()).waves().count() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Report.Chart(MembershipChartSvg.svg(world, organisation.id().value()),
        organisation.name() + ": members over time"));
  }

  /** What the organisation is: its ids, kind, founding steps, headquarters, website and parent. */
  private static Table about(Multilateral world, Organisation organisation) {
    Table.Builder table = Table.builder("About").column("fact", Table.ColumnType.TEXT)
        .column("value", Table.ColumnType.TEXT);
    table.row(organisation.sources(), "id and aliases", organisation.id().value()
        + (organisation.aliases().isEmpty() ? "" : " (" + String.join(", ", organisation.aliases()) + ")"));
    table.row(List.of(), "French name", organisation.frenchName());
    table.row(List.of(), "kind", organisation.kind().id().replace('-', ' '));
    organisation.parent().ifPresent(p -> table.row(List.of(), "part of",
        world.dataset().organisation(p).map(Organisation::name).orElse(p.value())));
    for (Milestone m : organisation.founding()) {
      table.row(m.sources(), "founding: " + m.kind().id().replace('-', ' '), m.date()
          + m.document().map(d -> ", " + d).orElse("") + m.note().map(n -> ". " + n).orElse(""));
    }
    organisation.headquarters().ifPresent(h -> table.row(List.of(), "headquarters", h));
    organisation.website().ifPresent(w -> table.row(List.of(), "website", w.toString()));
    return table.build();
  }

  /**
   * {@code table} retitled, with only {@code columns} (all of them when none are named; a name the table lacks is
   * skipped), its rows' sources and its notes kept.
   */
  static Table select(Table table, String title, String... columns) {
    List<Integer> kept = new ArrayList<>();
    if (columns.length == 0) {
      for (int i = 0; i < table.columns().size(); i++) {
        if (!table.columns().get(i).name().equals("organisation") && !table.columns().get(i).name().equals("id")) {
          kept.add(i);
        }
      }
    } else {
      for (String column : columns) {
        int i = table.header().indexOf(column);
        if (i >= 0) {
          kept.add(i);
        }
      }
    }
    Table.Builder out = Table.builder(title);
    kept.forEach(i -> out.column(table.columns().get(i).name(), table.columns().get(i).type()));
    for (Table.Row row : table.rows()) {
      out.row(row.sources(), kept.stream().map(i -> row.cells().get(i)).toList());
    }
    table.notes().forEach(out::note);
    return out.build();
  }
}
