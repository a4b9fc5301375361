package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.multilateral.core.Organisation;
import org.multilateral.core.Role;

/**
 * The composition of an organ on a day, such as the UN Security Council: its full members grouped by role
 * (permanent members, then elected members), each with the term in force. Made by
 * {@link Multilateral#composition(String)}.
 *
 * <pre>{@code
 * CompositionQuery council = world.composition("UNSC").asOf(LocalDate.of(2020, 6, 1));
 * council.count();              // 15
 * council.elected().list();     // Belgium (2019-01-01..2020-12-31), ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CompositionQuery extends Query<Member> {

  private static final Comparator<Member> ORDER = Comparator.comparing(Member::role)
      .thenComparing(m -> m.country().name());

  private final MemberQuery members;

  CompositionQuery(MemberQuery members) {
    this.members = members;
  }

  /** The same composition on {@code day}. */
  public CompositionQuery asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new CompositionQuery(members.asOf(day));
  }

  /** The organ asked about. */
  public Organisation organisation() {
    return members.organisation();
  }

  /** The day asked about: the one given to {@link #asOf}, or the day the data is current to. */
  public LocalDate day() {
    return members.day();
  }

  /** The permanent members on the day; like {@code filter(m -> m.role() == PERMANENT_MEMBER)}. */
  public MemberQuery permanent() {
    return members.roles(Role.PERMANENT_MEMBER);
  }

  /** The elected members on the day; like {@code filter(m -> m.role() == ELECTED_MEMBER)}. */
  public MemberQuery elected() {
    return members.roles(Role.ELECTED_MEMBER);
  }

  /** The members, by role (permanent before elected), then by country name. */
  @Override
  public Stream<Member> stream() {
    return members.stream().sorted(ORDER);
  }

  /** The limits of the answer: those of the members on the day ({@link MemberQuery#completeness()}). */
  @Override
  public Completeness completeness() {
    return members.completeness();
  }

  @Override
  String title() {
    return "Composition of the " + organisation().name() + " on " + day();
  }

  @Override
  Columns<Member> columns() {
    return Columns.<Member>sourcedBy(Member::sources)
        .text("role", m -> m.role().id())
        .text("iso3", m -> m.country().code().value())
        .text("name", m -> m.country().name())
        .date("start", Member::start)
        .dateIfAny("end", Member::end)
        .text("certainty", m -> m.certainty().id());
  }
}
