package org.multilateral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.multilateral.core.Country;
import org.multilateral.core.Identifier;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.Role;
import org.multilateral.core.Source;

/** How the country-year panel is made and laid out. Not API. */
final class Panel {

  static final int FULL = 1;
  static final int OBSERVER = 3;
  static final int NONE = 0;
  static final int NOT_COVERED = -9;
  static final int NO_STATE = -1;
  static final int FIRST_YEAR = 1945;

  private Panel() {}

  static List<PanelRow> rows(Multilateral world) {
    LocalDate currentTo = world.currentTo();
    List<Organisation> organisations = world.dataset().organisations();
    // Whether "no membership" is a fact depends only on the organisation and the day, not on the country.
    Map<LocalDate, Map<OrganisationId, Boolean>> covered = new HashMap<>();
    List<PanelRow> rows = new ArrayList<>();
    for (Country c : world.dataset().countries()) {
      int first = Math.max(FIRST_YEAR, c.started().map(s -> s.earliest().getYear()).orElse(FIRST_YEAR));
      int last = c.ended().map(e -> e.latest().getYear()).orElse(currentTo.getYear());
      for (int year = first; year <= last; year++) {
        LocalDate day = year == currentTo.getYear() ? currentTo : LocalDate.of(year, 12, 31);
        Map<OrganisationId, Integer> status = new LinkedHashMap<>();
        Set<Source> sources = new LinkedHashSet<>();
        boolean exists = c.started().map(s -> !s.latest().isAfter(day)).orElse(true)
            && c.ended().map(e -> !e.earliest().isBefore(day)).orElse(true);
        Map<OrganisationId, List<Member>> held = exists
            ? MembershipQuery.of(world, c).asOf(day).stream().collect(Collectors.groupingBy(m -> m.organisation().id()))
            : Map.of();
        for (Organisation o : organisations) {
          status.put(o.id(), exists
              ? code(held.getOrDefault(o.id(), List.of()), sources, () -> covered
                  .computeIfAbsent(day, d -> new HashMap<>())
                  .computeIfAbsent(o.id(), id -> Coverages.ofRoles(world, o, MemberQuery.FULL_MEMBERS, day, day)
                      .isComplete()))
              : NO_STATE);
        }
        rows.add(new PanelRow(c, year, status, new ArrayList<>(sources)));
      }
    }
    return rows;
  }

  /** The code of a country's {@code held} rows in one organisation on a day; {@code covered} only when none. */
  private static int code(List<Member> held, Set<Source> sources, BooleanSupplier covered) {
    for (Member m : held) {
      if (m.role().isFullMember()) {
        sources.addAll(m.sources());
        return FULL;
      }
    }
    for (Member m : held) {
      if (m.role() == Role.OBSERVER) {
        sources.addAll(m.sources());
        return OBSERVER;
      }
    }
    return covered.getAsBoolean() ? NONE : NOT_COVERED;
  }

  static Columns<PanelRow> columns(List<Organisation> organisations) {
    Columns<PanelRow> columns = Columns.<PanelRow>sourcedBy(PanelRow::sources)
        .text("iso3", r -> r.country().code().value())
        .text("country", r -> r.country().name())
        .text("cow_code", r -> r.country().identifier(Identifier.Scheme.COW_STATE_CODE,
            LocalDate.of(r.year(), 12, 31)).orElse(""))
        .text("gw_code", r -> r.country().identifier(Identifier.Scheme.GLEDITSCH_WARD,
            LocalDate.of(r.year(), 12, 31)).orElse(""))
        .number("year", PanelRow::year);
    for (Organisation o : organisations) {
      columns = columns.number(o.id().value(), r -> r.status().get(o.id()));
    }
    return columns;
  }
}
