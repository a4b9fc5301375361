package org.multilateral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        for (Organisation o : world.dataset().organisations()) {
          status.put(o.id(), exists ? code(world, c, o, day, sources) : NO_STATE);
        }
        rows.add(new PanelRow(c, year, status, new ArrayList<>(sources)));
      }
    }
    return rows;
  }

  private static int code(Multilateral world, Country c, Organisation o, LocalDate day, Set<Source> sources) {
    List<Member> held = MembershipQuery.of(world, c).asOf(day).stream()
        .filter(m -> m.organisation().id().equals(o.id())).toList();
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
    boolean covered = Coverages.ofRoles(world, o, MemberQuery.FULL_MEMBERS, day, day).isComplete();
    return covered ? NONE : NOT_COVERED;
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
