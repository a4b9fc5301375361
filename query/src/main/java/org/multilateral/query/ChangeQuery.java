package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.query.internal.Index;

/**
 * Who joined and who left an organisation between two days. Made by {@link MemberQuery#between} or
 * {@link MemberQuery#history()}, for that query's organisation, roles and framework.
 *
 * <p><b>The window.</b> {@code between(from, to)} holds the changes whose {@link Change#effectiveDay()} is after
 * {@code from} and on or before {@code to}: exactly the changes that make the members on {@code to} differ from the
 * members on {@code from}. So, counting each change once, <em>members on {@code from}, plus those who joined, minus
 * those who left, are the members on {@code to}</em>. The United Kingdom left the EU {@code between(2020-01-31,
 * 2020-02-01)}: a member on the first day, not on the second.
 *
 * <p><b>Status, not paperwork.</b> A country's spells in the roles asked about are taken together: a spell that
 * starts the day after another ends (a same-day rejoin, a move from one role to another) continues it, so there is
 * no change at all. A country that left and came back within the window appears twice, once leaving and once
 * joining.
 *
 * <p>Answers are ordered by effective day, then departures before joins, then country name.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangeQuery extends Query<Change> {

  private static final Comparator<Change> ORDER = Comparator.comparing(Change::effectiveDay)
      .thenComparing(Change::isJoined)
      .thenComparing(c -> c.country().name());

  private final MemberQuery members;
  private final LocalDate from;
  private final LocalDate to;
  private final Set<Change.Kind> kinds;

  private ChangeQuery(MemberQuery members, LocalDate from, LocalDate to, Set<Change.Kind> kinds) {
    this.members = members;
    this.from = from;
    this.to = to;
    this.kinds = Set.copyOf(kinds);
  }

  static ChangeQuery of(MemberQuery members, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkArgument(!from.isAfter(to), "changes in %s between %s and %s: the first day is after the last",
        members.organisation().id(), from, to);
    return new ChangeQuery(members, from, to, EnumSet.allOf(Change.Kind.class));
  }

  /** Only the joins; like {@code filter(Change::isJoined)}. */
  public ChangeQuery joined() {
    return new ChangeQuery(members, from, to, EnumSet.of(Change.Kind.JOINED));
  }

  /** Only the departures; like {@code filter(c -> !c.isJoined())}. */
  public ChangeQuery left() {
    return new ChangeQuery(members, from, to, EnumSet.of(Change.Kind.LEFT));
  }

  /** The day the window starts from: its members are the starting point; changes effective that day are not in. */
  public LocalDate from() {
    return from;
  }

  /** The last day of the window, included. */
  public LocalDate to() {
    return to;
  }

  /** The joins in the window grouped by date: the enlargement waves. */
  public WaveQuery waves() {
    return new WaveQuery(joined());
  }

  /** The changes; like filtering every spell's start and end into the window, but from a sorted index. */
  @Override
  public Stream<Change> stream() {
    Multilateral world = members.world();
    return world.index().transitions(members.organisation().id(), members.roles(),
            members.framework().map(f -> f.id()), from.toEpochDay(), to.toEpochDay()).stream()
        .filter(t -> kinds.contains(t.joined() ? Change.Kind.JOINED : Change.Kind.LEFT))
        .map(t -> change(world, t))
        .sorted(ORDER);
  }

  private static Change change(Multilateral world, Index.Transition t) {
    Member m = world.member(t.entry());
    return new Change(t.joined() ? Change.Kind.JOINED : Change.Kind.LEFT, m.country(), m.organisation(),
        m.membership(), m.spell());
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

  /** {@code ever}, or {@code after 1990-01-01 up to 1999-12-31}. */
  String window() {
    return from.equals(LocalDate.MIN) && to.equals(LocalDate.MAX) ? "ever" : "after " + from + " up to " + to;
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
