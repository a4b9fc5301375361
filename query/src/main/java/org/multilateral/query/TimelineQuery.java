package org.multilateral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.FactKind;
import org.multilateral.core.Membership;
import org.multilateral.core.Milestone;
import org.multilateral.core.Organisation;
import org.multilateral.query.TimelineEntry.Kind;

/**
 * An organisation's history in date order: its founding, every full member joining and leaving, the milestones
 * and episodes of its memberships, its events, the documents it adopted and its office holders taking office.
 * Made by {@link Multilateral#timeline(String)}.
 *
 * <pre>{@code
 * world.timeline("NATO").between(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31)).list();
 * world.timeline("EU").kinds(TimelineEntry.Kind.JOINED, TimelineEntry.Kind.LEFT).table().toMarkdown();
 * }</pre>
 *
 * <p>Entries are ordered by date, then kind (in the order of {@link TimelineEntry.Kind}), then description.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimelineQuery extends Query<TimelineEntry> {

  private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
      .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::description);

  private final Multilateral world;
  private final Organisation organisation;
  private final DateRange range;
  private final Set<Kind> kinds;

  private TimelineQuery(Multilateral world, Organisation organisation, DateRange range, Set<Kind> kinds) {
    this.world = world;
    this.organisation = organisation;
    this.range = range;
    this.kinds = Set.copyOf(kinds);
  }

  static TimelineQuery of(Multilateral world, Organisation organisation) {
    return new TimelineQuery(world, organisation, DateRange.ALWAYS, EnumSet.allOf(Kind.class));
  }

  /**
   * Only entries whose date may fall between {@code from} and {@code to}, both included ("1999" falls in
   * 1999-04-01..1999-04-30); like {@code filter(e -> inRange(e.date()))}.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public TimelineQuery between(LocalDate from, LocalDate to) {
    return new TimelineQuery(world, organisation, DateRange.between(from, to), kinds);
  }

  /** Only entries whose date may be {@code from} or later; {@link #between} with no end. */
  public TimelineQuery since(LocalDate from) {
    return new TimelineQuery(world, organisation, range.since(from), kinds);
  }

  /** Only entries whose date may be {@code to} or earlier; {@link #between} with no start. */
  public TimelineQuery until(LocalDate to) {
    return new TimelineQuery(world, organisation, range.until(to), kinds);
  }

  /** Only entries of the given kinds; like {@code filter(e -> kinds.contains(e.kind()))}. */
  public TimelineQuery kinds(Kind first, Kind... more) {
    Objects.requireNonNull(first, "first");
    return new TimelineQuery(world, organisation, range, EnumSet.of(first, more));
  }

  /** The entries, by date, kind and description. */
  @Override
  public Stream<TimelineEntry> stream() {
    return entries().stream()
        .filter(e -> kinds.contains(e.kind()))
        .filter(e -> range.mayContain(e.date(), Optional.empty()))
        .sorted(ORDER);
  }

  private List<TimelineEntry> entries() {
    List<TimelineEntry> out = new ArrayList<>();
    for (Milestone m : organisation.founding()) {
      out.add(new TimelineEntry(m.date(), Kind.FOUNDED, words(m), Optional.empty(), m.sources()));
    }
    world.members(organisation.id()).changes().stream().forEach(c -> out.add(new TimelineEntry(c.date(),
        c.isJoined() ? Kind.JOINED : Kind.LEFT, c.country().name() + (c.isJoined() ? " joined as " + c.role().id()
            : " left"), Optional.of(c.country()), c.sources())));
    for (Membership m : world.dataset().memberships()) {
      if (m.organisation().equals(organisation.id())) {
        Country c = world.country(m.country());
        m.milestones().forEach(x -> out.add(new TimelineEntry(x.date(), Kind.MILESTONE, c.name() + ": " + words(x),
            Optional.of(c), x.sources())));
        m.episodes().forEach(x -> out.add(new TimelineEntry(x.start(), Kind.EPISODE, c.name() + ": "
            + x.description() + x.end().map(e -> " (until " + e + ")").orElse(""), Optional.of(c), x.sources())));
      }
    }
    EventQuery.of(world, Optional.of(organisation)).stream().forEach(e -> out.add(new TimelineEntry(e.start(), Kind.EVENT,
        e.title(), Optional.empty(), e.sources())));
    DocumentQuery.of(world, Optional.of(organisation)).stream().filter(d -> d.adopted().isPresent())
        .forEach(d -> out.add(new TimelineEntry(d.adopted().get(), Kind.DOCUMENT, "adopted: " + d.title(),
            Optional.empty(), d.sources())));
    OfficeQuery.of(world, Optional.of(organisation)).stream().forEach(o -> out.add(new TimelineEntry(o.start(),
        Kind.OFFICE, o.holder() + " took office as " + o.title(), o.country().map(world::country), o.sources())));
    return out;
  }

  /** {@code entered into force (Charter of the United Nations) — note}. */
  private static String words(Milestone m) {
    return m.kind().id().replace('-', ' ') + m.document().map(d -> " (" + d + ")").orElse("")
        + m.note().map(n -> " \u2014 " + n).orElse("");
  }

  /**
   * The limits of the answer: those of its joins and departures, events, documents and office holders over the
   * window.
   */
  @Override
  public Completeness completeness() {
    LocalDate from = range.from().orElse(LocalDate.MIN);
    LocalDate to = range.to().orElse(world.currentTo());
    Optional<Organisation> o = Optional.of(organisation);
    return Coverages.ofRoles(world, organisation, MemberQuery.FULL_MEMBERS, from, to)
        .and(Coverages.ofFacts(world, o, FactKind.EVENTS, range))
        .and(Coverages.ofFacts(world, o, FactKind.DOCUMENTS, range))
        .and(Coverages.ofFacts(world, o, FactKind.OFFICES, range));
  }

  @Override
  String title() {
    return "Timeline of the " + organisation.name() + (range.isAlways() ? "" : " " + range);
  }

  @Override
  Columns<TimelineEntry> columns() {
    return Columns.<TimelineEntry>sourcedBy(TimelineEntry::sources)
        .date("date", TimelineEntry::date)
        .text("kind", e -> e.kind().id())
        .text("country", e -> e.country().map(Country::name).orElse(""))
        .text("description", TimelineEntry::description);
  }
}
