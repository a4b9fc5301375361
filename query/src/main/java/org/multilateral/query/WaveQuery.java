package org.multilateral.query;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.multilateral.core.PartialDate;

/**
 * Accessions grouped by date: an organisation's founding members, then each enlargement. Made by
 * {@link MemberQuery#waves()} or {@link ChangeQuery#waves()}; ordered by date.
 *
 * <p>Immutable and thread-safe.
 */
public final class WaveQuery extends Query<Wave> {

  private final ChangeQuery joins;

  WaveQuery(ChangeQuery joins) {
    this.joins = joins;
  }

  /**
   * The waves; like {@code joins.stream().collect(groupingBy(Change::date))}, in date order, each wave's countries
   * by name.
   */
  @Override
  public Stream<Wave> stream() {
    Map<PartialDate, List<Change>> byDate = joins.stream()
        .collect(Collectors.groupingBy(Change::date, LinkedHashMap::new, Collectors.toList()));
    return byDate.entrySet().stream()
        .map(e -> new Wave(e.getKey(), e.getValue().stream()
            .sorted(Comparator.comparing(c -> c.country().name())).toList()))
        .sorted(Comparator.comparing(Wave::date));
  }

  /** The limits of the answer: those of the joins it groups. */
  @Override
  public Completeness completeness() {
    return joins.completeness();
  }

  @Override
  String title() {
    return joins.subject() + " by date of accession, " + joins.window();
  }

  @Override
  Columns<Wave> columns() {
    return Columns.<Wave>sourcedBy(Wave::sources)
        .date("date", Wave::date)
        .text("kind", Wave::kind)
        .number("count", Wave::size)
        .text("countries", w -> w.countries().stream().map(c -> c.name()).collect(Collectors.joining("; ")));
  }
}
