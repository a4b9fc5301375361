package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.Membership;
import org.multilateral.core.Spell;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;

/**
 * A country's place in multilateral cooperation: the chart of its life in multilateral bodies
 * ({@link CountryLifeSvg}) and sections (each a table) rendered by {@link Report}.
 */
final class CountryReport {

  private CountryReport() {}

  static Report of(Multilateral world, String countryText) {
    return of(world, world.country(countryText));
  }

  static Report of(Multilateral world, Country country) {
    String code = country.code().value();
    LocalDate today = world.currentTo();
    List<Table> sections = new ArrayList<>();
    sections.add(history(world, country));
    sections.add(world.memberships(code).asOf(today).table());
    sections.add(world.seats().involving(code).table());
    Table initiatives = world.initiatives().involving(code).table();
    sections.add(OrganisationReport.select(initiatives, initiatives.title(), "organisation", "name", "launched",
        "supporters"));
    Table events = world.events().involving(code).table();
    sections.add(OrganisationReport.select(events, events.title(), "start", "end", "organisation", "kind", "title",
        "place"));
    Optional<Report.Chart> chart = CountryLifeSvg.hasRows(world, country)
        ? Optional.of(new Report.Chart(CountryLifeSvg.render(world, country), country.name()
            + "'s memberships and roles over time, one bar per organisation and role"))
        : Optional.empty();
    return new Report(country.name() + " in multilateral cooperation (data current to " + today + ")",
        "Data " + world.dataset().version() + ", current to " + today + ".", chart, sections);
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
}
