package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.query.internal.Index;

/**
 * Who joined and who left an organisation. Made by {@link MemberQuery#changes()}, for that query's organisation,
 * roles and framework: every change in the data, which {@link #between}, {@link #since} and {@link #until} narrow.
 *
 * <p><b>The window.</b> Both days are included, as everywhere in this API: {@code between(from, to)} holds the
 * changes whose {@link Change#date() date} (the first day of a join, the last day of a departure) may fall on a day
 * from {@code from} to {@code to}. The United Kingdom's departure from the EU (last day 2020-01-31) is in
 * {@code between(2020-01-31, 2020-01-31)}, and so are Czechia, Hungary and Poland joining NATO on 1999-03-12 in
 * {@code between(1999-03-12, 1999-03-12)}. For exact dates, counting each change once: <em>the members on
 * {@code from} who were members the day before, plus those who joined, minus those who left, are the members on
 * {@code to} who are still members the day after</em>. An imprecise date ("1992") counts in every window it may fall
 * in.
 *
 * <p><b>Status, not paperwork.</b> A country's spells in the roles asked about are taken together: a spell that
 * starts the day after another ends (a same-day rejoin, a move from one role to another) continues it, so there is
 * no change at all. A country that left and came back within the window appears twice, once leaving and once
 * joining.
 *
 * <p>Answers are ordered by the first day of the new status, then departures before joins, then country name.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangeQuery extends Query<Change> {

  /** How far an imprecise date (at most a year) may reach beyond its conservative reading. */
  private static final long YEAR_SLACK = 367;

  private static final Comparator<Change> ORDER = Comparator.comparing(Change::effectiveDay)
      .thenComparing(Change::isJoined)
      .thenComparing(c -> c.country().name());

  private final MemberQuery members;
  private final DateRange window;
  private final Set<Change.Kind> kinds;

  private ChangeQuery(MemberQuery members, DateRange window, Set<Change.Kind> kinds) {
    this.members = members;
    this.window = window;
    this.kinds = Set.copyOf(kinds);
  }

  static ChangeQuery of(MemberQuery members) {
    return new ChangeQuery(members, DateRange.ALWAYS, EnumSet.allOf(Change.Kind.class));
  }

  /**
   * Only the changes whose date may fall from {@code from} to {@code to}, both days included.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public ChangeQuery between(LocalDate from, LocalDate to) {
    return new ChangeQuery(members, DateRange.between(from, to), kinds);
  }

  /** Only the changes whose date may be {@code from} or later; {@link #between} with no end. */
  public ChangeQuery since(LocalDate from) {
    return new ChangeQuery(members, window.since(from), kinds);
  }

  /** Only the changes whose date may be {@code to} or earlier; {@link #between} with no start. */
  public ChangeQuery until(LocalDate to) {
    return new ChangeQuery(members, window.until(to), kinds);
  }

  /** Only the joins; like {@code filter(Change::isJoined)}. */
  public ChangeQuery joined() {
    return new ChangeQuery(members, window, EnumSet.of(Change.Kind.JOINED));
  }

  /** Only the departures; like {@code filter(c -> !c.isJoined())}. */
  public ChangeQuery left() {
    return new ChangeQuery(members, window, EnumSet.of(Change.Kind.LEFT));
  }

  /** The joins in the window grouped by date: the enlargement waves. */
  public WaveQuery waves() {
    return new WaveQuery(joined());
  }

  /** The changes; like filtering every spell's start and end into the window, but from a sorted index. */
  @Override
  public Stream<Change> stream() {
    Multilateral world = members.world();
    long lo = window.from().map(d -> d.toEpochDay() - YEAR_SLACK).orElse(Long.MIN_VALUE);
    long hi = window.to().map(d -> d.toEpochDay() + YEAR_SLACK).orElse(Long.MAX_VALUE);
    return world.index().transitions(members.organisation().id(), members.roles(),
            members.framework().map(f -> f.id()), lo, hi).stream()
        .filter(t -> kinds.contains(t.joined() ? Change.Kind.JOINED : Change.Kind.LEFT))
        .map(t -> change(world, t))
        .filter(c -> window.mayContain(c.date(), Optional.empty()))
        .sorted(ORDER);
  }

  private static Change change(Multilateral world, Index.Transition t) {
    Member m = world.member(t.entry());
    return new Change(t.joined() ? Change.Kind.JOINED : Change.Kind.LEFT, m.country(), m.organisation(),
        m.membership(), m.spell());
  }

  /**
   * The limits of the answer: the part of the window (from the organisation's founding when it has no first day, to
   * the day the data is current to when it has no last) outside the declared coverage of the roles asked about, or
   * after the day the data is current to.
   */
  @Override
  public Completeness completeness() {
    Multilateral world = members.world();
    LocalDate from = window.from().orElse(LocalDate.MIN);
    LocalDate to = window.to().orElse(world.currentTo());
    return Coverages.ofRoles(world, members.organisation(), members.roles(), from, to);
  }

  @Override
  String title() {
    String what = kinds.size() == 1 ? kinds.iterator().next().id() : "joined or left";
    return subject() + " who " + what + ", " + window();
  }

  /** {@code North Atlantic Treaty Organization members}. */
  String subject() {
    return members.organisation().name() + " " + members.rolesLabel();
  }

  /** {@code ever}, or {@code from 1990-01-01 to 1999-12-31}. */
  String window() {
    return window.toString();
  }

  @Override
  Columns<Change> columns() {
    return Columns.<Change>sourcedBy(Change::sources)
        .text("change", c -> c.kind().id())
        .date("date", Change::date)
        .text("date kind", c -> c.dateKind().id())
        .text("iso3", c -> c.country().code().value())
        .text("name", c -> c.country().name())
        .text("role", c -> c.role().id());
  }
}
