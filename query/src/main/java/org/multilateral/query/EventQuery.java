package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.Event;
import org.multilateral.core.EventKind;
import org.multilateral.core.FactKind;
import org.multilateral.core.Organisation;
import org.multilateral.query.internal.Index;

/**
 * Events (summits, ministerial meetings, launches, declarations, operations) of one organisation or all, in date
 * order. Made by {@link Multilateral#events(String)} or {@link Multilateral#events()}.
 *
 * <pre>{@code
 * world.events("NATO").kinds(EventKind.SUMMIT).between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)).list();
 * world.events("NATO").topic("strategic concept").list();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventQuery extends Query<Event> {

  private static final Comparator<Event> ORDER = Comparator.comparing(Event::start).thenComparing(Event::id);


  private final Multilateral world;
  private final Optional<Organisation> organisation;
  private final DateRange range;
  private final Set<EventKind> kinds;
  private final Optional<String> topic;
  private final Optional<Country> participant;

  private EventQuery(Multilateral world, Optional<Organisation> organisation, DateRange range,
      Set<EventKind> kinds, Optional<String> topic, Optional<Country> participant) {
    this.world = world;
    this.organisation = organisation;
    this.range = range;
    this.kinds = Set.copyOf(kinds);
    this.topic = topic;
    this.participant = participant;
  }

  static EventQuery of(Multilateral world, Optional<Organisation> organisation) {
    return new EventQuery(world, organisation, DateRange.ALWAYS, EnumSet.allOf(EventKind.class), Optional.empty(),
        Optional.empty());
  }

  /**
   * Only events that may fall between {@code from} and {@code to}, both included: an event of several days (an
   * operation of several years) that overlaps the range, or whose imprecise date may, counts; like
   * {@code filter(e -> !e.start().earliest().isAfter(to) && !lastDay(e).isBefore(from))}.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public EventQuery between(LocalDate from, LocalDate to) {
    return new EventQuery(world, organisation, DateRange.between(from, to), kinds, topic, participant);
  }

  /** Only events that may last until {@code from} or later, {@code from} included; {@link #between} with no end. */
  public EventQuery since(LocalDate from) {
    return new EventQuery(world, organisation, range.since(from), kinds, topic, participant);
  }

  /** Only events that may have started by {@code to}, {@code to} included; {@link #between} with no start. */
  public EventQuery until(LocalDate to) {
    return new EventQuery(world, organisation, range.until(to), kinds, topic, participant);
  }

  /** Only events of the given kinds; like {@code filter(e -> kinds.contains(e.kind()))}. */
  public EventQuery kinds(EventKind first, EventKind... more) {
    Objects.requireNonNull(first, "first");
    return new EventQuery(world, organisation, range, EnumSet.of(first, more), topic, participant);
  }

  /**
   * Only events whose title or one of whose topics contains {@code text}, ignoring case and accents; like
   * {@code filter(e -> e.topics().stream().anyMatch(t -> t.contains(text)))}.
   */
  public EventQuery topic(String text) {
    Objects.requireNonNull(text, "text");
    return new EventQuery(world, organisation, range, kinds, Optional.of(Index.key(text)), participant);
  }

  /**
   * Only events involving {@code country}: those a source names it as taking part in; like
   * {@code filter(e -> e.participants().contains(code))}.
   *
   * @throws UnknownIdException if no country matches
   */
  public EventQuery involving(String country) {
    return new EventQuery(world, organisation, range, kinds, topic, Optional.of(world.country(country)));
  }

  /** The events, by start date, then id. */
  @Override
  public Stream<Event> stream() {
    return world.dataset().events().stream()
        .filter(e -> organisation.isEmpty() || e.organisation().equals(organisation.get().id()))
        .filter(e -> kinds.contains(e.kind()))
        // An operation with no end is still running; any other event with none took place on its start.
        .filter(e -> e.kind() == EventKind.OPERATION ? range.mayContainOngoing(e.start(), e.end())
            : range.mayContain(e.start(), e.end()))
        .filter(e -> topic.isEmpty() || Stream.concat(Stream.of(e.title()), e.topics().stream())
            .anyMatch(t -> Index.key(t).contains(topic.get())))
        .filter(e -> participant.isEmpty() || e.participants().contains(participant.get().code()))
        .sorted(ORDER);
  }

  /** The limits of the answer: the window outside the declared coverage of events, or after the current-to day. */
  @Override
  public Completeness completeness() {
    return Coverages.ofFacts(world, organisation, FactKind.EVENTS, range);
  }

  @Override
  String title() {
    return "Events of " + organisation.map(Organisation::name).orElse("every organisation")
        + (range.isAlways() ? "" : " " + range) + topic.map(t -> " about '" + t + "'").orElse("")
        + participant.map(c -> " involving " + c.name()).orElse("");
  }

  @Override
  Columns<Event> columns() {
    return Columns.<Event>sourcedBy(Event::sources)
        .date("start", Event::start)
        .dateIfAny("end", Event::end)
        .text("organisation", e -> e.organisation().value())
        .text("kind", e -> e.kind().id())
        .text("title", Event::title)
        .text("place", e -> e.place().orElse(""))
        .text("topics", e -> String.join("; ", e.topics()))
        .text("id", Event::id);
  }
}
