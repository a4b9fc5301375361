package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A period over which the data claims to be complete for some roles or kinds of fact of one organisation: every
 * holder of those roles (every event, office holder...) on every day from {@link #from()} to {@link #to()} is in
 * the data. Outside every declared coverage, the data may hold some facts but does not claim to hold all, and
 * answers that reach there say so.
 *
 * <pre>{@code
 * Coverage.builder().addRoles(Role.ELECTED_MEMBER).from(LocalDate.of(1946, 1, 12)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coverage {

  Coverage() {}

  /** The roles whose holders are complete. */
  public abstract Set<Role> roles();

  /** The kinds of fact that are complete. */
  public abstract Set<FactKind> facts();

  /** The first day covered. */
  public abstract LocalDate from();

  /** The last day covered; absent, the coverage runs to the day the data is current to. */
  public abstract Optional<LocalDate> to();

  /** Why the coverage starts or ends where it does, where that needs saying. */
  public abstract Optional<String> note();

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the coverage is of {@code role}. */
  public boolean covers(Role role) {
    return roles().contains(Objects.requireNonNull(role, "role"));
  }

  /** Whether the coverage is of {@code kind}. */
  public boolean covers(FactKind kind) {
    return facts().contains(Objects.requireNonNull(kind, "kind"));
  }

  /** Whether {@code day} is in the covered period, when the data is current to {@code currentTo}. */
  public boolean includes(LocalDate day, LocalDate currentTo) {
    return !day.isBefore(from()) && !day.isAfter(to().orElse(currentTo));
  }

  @Value.Check
  void check() {
    checkArgument(!roles().isEmpty() || !facts().isEmpty(), "coverage from %s: names no role and no kind of fact",
        from());
    if (to().isPresent()) {
      checkArgument(!to().get().isBefore(from()), "coverage from %s: ends %s, before it starts", from(), to().get());
    }
  }

  /** {@code elected-member from 1946-01-12}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Role r : roles()) {
      s.append(s.length() == 0 ? "" : ", ").append(r.id());
    }
    for (FactKind f : facts()) {
      s.append(s.length() == 0 ? "" : ", ").append(f.id());
    }
    return s + " from " + from() + (to().isPresent() ? " to " + to().get() : "");
  }

  /** Builds a {@link Coverage}. */
  public static final class Builder extends ImmutableCoverage.Builder {
    Builder() {}
  }
}
