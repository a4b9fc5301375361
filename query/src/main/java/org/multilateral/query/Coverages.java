package org.multilateral.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.multilateral.core.Coverage;
import org.multilateral.core.FactKind;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Role;

/**
 * How far an answer reaches beyond what the data declares complete: the notes of a {@link Completeness}. Not API.
 *
 * <p>A day before an organisation's earliest founding date needs no coverage (nothing can be missing from a time
 * the organisation did not exist); a day after the data's current-to day is never covered.
 */
final class Coverages {

  private Coverages() {}

  /** The limits of an answer about {@code roles} of {@code organisation} from {@code from} to {@code to}. */
  static Completeness ofRoles(Multilateral world, Organisation organisation, Collection<Role> roles, LocalDate from,
      LocalDate to) {
    Set<Role> used = world.index().roles(organisation.id());
    Set<Role> relevant = EnumSet.noneOf(Role.class);
    for (Role r : roles) {
      if (used.contains(r) || organisation.coverage().stream().anyMatch(c -> c.covers(r))) {
        relevant.add(r);
      }
    }
    List<String> notes = new ArrayList<>();
    pastCurrentTo(world, to).ifPresent(notes::add);
    // Roles that share their coverage are reported together: "founding-member, member".
    List<Set<Role>> groups = new ArrayList<>();
    for (Role r : relevant) {
      groups.stream().filter(g -> sameCoverage(organisation, g.iterator().next(), r)).findFirst()
          .orElseGet(() -> {
            Set<Role> g = EnumSet.noneOf(Role.class);
            groups.add(g);
            return g;
          }).add(r);
    }
    for (Set<Role> group : groups) {
      Role r = group.iterator().next();
      String what = organisation.id() + " " + group.stream().map(Role::id).collect(Collectors.joining(", "));
      gap(world, organisation, c -> c.covers(r), from, to).map(g -> what + ": " + g).ifPresent(notes::add);
    }
    return new Completeness(notes);
  }

  /** The limits of an answer about facts of {@code kind} of {@code organisation} in {@code window}. */
  static Completeness ofFacts(Multilateral world, Organisation organisation, FactKind kind, DateRange window) {
    List<String> notes = new ArrayList<>();
    LocalDate to = window.to().orElse(world.currentTo());
    pastCurrentTo(world, to).ifPresent(notes::add);
    LocalDate from = window.from().orElseGet(() -> start(organisation).orElse(LocalDate.MIN));
    gap(world, organisation, c -> c.covers(kind), from, to)
        .map(g -> organisation.id() + " " + kind.id() + ": " + g).ifPresent(notes::add);
    return new Completeness(notes);
  }

  /** {@link #ofFacts} for every organisation that has such facts or declares their coverage. */
  static Completeness ofFacts(Multilateral world, Optional<Organisation> organisation, FactKind kind,
      DateRange window) {
    if (organisation.isPresent()) {
      return ofFacts(world, organisation.get(), kind, window);
    }
    Completeness all = Completeness.COMPLETE;
    for (Organisation o : world.dataset().organisations()) {
      if (world.index().hasFacts(o.id(), kind) || o.coverage().stream().anyMatch(c -> c.covers(kind))) {
        all = all.and(ofFacts(world, o, kind, window));
      }
    }
    return all;
  }

  static Optional<String> pastCurrentTo(Multilateral world, LocalDate to) {
    return to.isAfter(world.currentTo()) ? Optional.of("The data is current to " + world.currentTo()
        + ": what happened later is not in it.") : Optional.empty();
  }

  /** The organisation's earliest founding date: before it, nothing can be missing. */
  private static Optional<LocalDate> start(Organisation organisation) {
    return organisation.founded().map(PartialDate::earliest);
  }

  /**
   * Every stretch of {@code from..to} (cut to the organisation's life and to the current-to day) that no coverage
   * {@code covers} includes, in words; empty if there is none.
   */
  private static Optional<String> gap(Multilateral world, Organisation organisation, Predicate<Coverage> covers,
      LocalDate from, LocalDate to) {
    LocalDate currentTo = world.currentTo();
    LocalDate lo = start(organisation).filter(s -> s.isAfter(from)).orElse(from);
    LocalDate hi = to.isAfter(currentTo) ? currentTo : to;
    if (lo.isAfter(hi)) {
      return Optional.empty();
    }
    List<Coverage> spans = organisation.coverage().stream().filter(covers)
        .sorted(Comparator.comparing(Coverage::from)).toList();
    List<String> gaps = new ArrayList<>();
    LocalDate day = lo; // the first day not yet known to be covered
    for (Coverage c : spans) {
      if (day.isAfter(hi)) {
        break;
      }
      if (c.from().isAfter(day)) {
        LocalDate before = c.from().minusDays(1);
        gaps.add(stretch(day, before.isBefore(hi) ? before : hi));
      }
      LocalDate end = c.to().orElse(currentTo);
      if (!end.isBefore(day)) {
        day = end.plusDays(1);
      }
    }
    if (!day.isAfter(hi)) {
      gaps.add(stretch(day, hi));
    }
    if (gaps.isEmpty()) {
      return Optional.empty();
    }
    String when = String.join(" and ", gaps);
    if (spans.isEmpty()) {
      return Optional.of("the data does not claim to hold all of these, so what is missing is not recorded, not"
          + " absent.");
    }
    return Optional.of("the data claims to hold all of these only " + spans.stream()
        .map(c -> c.from() + ".." + c.to().map(Object::toString).orElse("")).collect(Collectors.joining(" and "))
        + ", so " + when + " what is missing is not recorded, not absent.");
  }

  private static String stretch(LocalDate first, LocalDate last) {
    return first.equals(last) ? "on " + first : "from " + first + " to " + last;
  }

  private static boolean sameCoverage(Organisation organisation, Role a, Role b) {
    return organisation.coverage().stream().allMatch(c -> c.covers(a) == c.covers(b));
  }
}
