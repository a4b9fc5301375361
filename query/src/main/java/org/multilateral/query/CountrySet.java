package org.multilateral.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Source;

/**
 * A set of countries built with set algebra over organisations on one day: {@link #and} (intersection),
 * {@link #or} (union) and {@link #not} (difference).
 *
 * <pre>{@code
 * world.members("EU").not("NATO").asOf(LocalDate.of(2024, 6, 1)).list();   // Austria, Cyprus, Ireland, Malta
 * world.members("EU").and("NATO").and(world.members("UNSC").countries());   // in all three, today
 * }</pre>
 *
 * <p>A set is an expression, evaluated by each terminal operation on its {@link #day()}: every operand is asked
 * on that same day. An operand named by a string stands for the organisation's full members; pass a
 * {@link MemberQuery#countries()} for other roles. Answers are ordered by country name; each comes with the
 * organisations (or initiatives, or lists) that put it in the set and their sources, shown in its
 * {@linkplain #table() table} (an absence has no source, so {@code not} adds none).
 *
 * <p>Immutable and thread-safe.
 */
public final class CountrySet extends Query<Country> {

  private static final Comparator<Country> BY_NAME = Comparator.comparing((Country c) -> c.name())
      .thenComparing(Country::code);

  /** Why a country is in the set: the operands that put it there, and their sources. */
  private record Evidence(SortedSet<String> basis, Map<String, Source> sources) {
    static Evidence of(String basis, List<Source> sources) {
      Evidence e = new Evidence(new TreeSet<>(), new LinkedHashMap<>());
      e.basis().add(basis);
      sources.forEach(s -> e.sources().putIfAbsent(s.id(), s));
      return e;
    }

    Evidence merge(Evidence other) {
      Evidence e = new Evidence(new TreeSet<>(basis), new LinkedHashMap<>(sources));
      e.basis().addAll(other.basis());
      other.sources().forEach(e.sources()::putIfAbsent);
      return e;
    }
  }

  private interface Node {
    Map<CountryCode, Evidence> evaluate(LocalDate day);

    String label();

    default Completeness completeness(LocalDate day) {
      return Completeness.COMPLETE;
    }
  }

  private record Members(MemberQuery query) implements Node {
    @Override
    public Map<CountryCode, Evidence> evaluate(LocalDate day) {
      Map<CountryCode, Evidence> out = new HashMap<>();
      String basis = query.organisation().id().value();
      query.asOf(day).stream().forEach(m -> out.merge(m.country().code(), Evidence.of(basis, m.sources()),
          Evidence::merge));
      return out;
    }

    @Override
    public Completeness completeness(LocalDate day) {
      return query.asOf(day).completeness();
    }

    @Override
    public String label() {
      String roles = query.rolesLabel();
      return query.organisation().id() + (roles.equals("members") ? "" : " " + roles);
    }
  }

  private record Fixed(String label, Map<CountryCode, Evidence> countries) implements Node {
    @Override
    public Map<CountryCode, Evidence> evaluate(LocalDate day) {
      return countries;
    }
  }

  private enum Op {
    AND(" and "), OR(" or "), NOT(" but not ");

    private final String word;

    Op(String word) {
      this.word = word;
    }
  }

  private record Combined(Op op, Node left, Node right) implements Node {
    @Override
    public Map<CountryCode, Evidence> evaluate(LocalDate day) {
      Map<CountryCode, Evidence> l = left.evaluate(day);
      Map<CountryCode, Evidence> r = right.evaluate(day);
      Map<CountryCode, Evidence> out = new HashMap<>();
      switch (op) {
        case AND -> l.forEach((c, e) -> {
          if (r.containsKey(c)) {
            out.put(c, e.merge(r.get(c)));
          }
        });
        case OR -> {
          out.putAll(l);
          r.forEach((c, e) -> out.merge(c, e, Evidence::merge));
        }
        default -> l.forEach((c, e) -> {
          if (!r.containsKey(c)) {
            out.put(c, e);
          }
        });
      }
      return out;
    }

    @Override
    public String label() {
      return "(" + left.label() + op.word + right.label() + ")";
    }

    @Override
    public Completeness completeness(LocalDate day) {
      return left.completeness(day).and(right.completeness(day));
    }
  }

  private final Multilateral world;
  private final Node node;
  private final Optional<LocalDate> day;

  private CountrySet(Multilateral world, Node node, Optional<LocalDate> day) {
    this.world = world;
    this.node = node;
    this.day = day;
  }

  static CountrySet of(MemberQuery query, Optional<LocalDate> day) {
    return new CountrySet(query.world(), new Members(query.undated()), day);
  }

  /** Why a country is in a {@linkplain #fixed fixed} set: {@code basis} says so, with {@code sources}. */
  record Reason(Country country, String basis, List<Source> sources) {}

  /** A set called {@code label} that is the same on every day: the countries of {@code reasons}. */
  static CountrySet fixed(Multilateral world, String label, List<Reason> reasons) {
    Map<CountryCode, Evidence> evidence = new HashMap<>();
    reasons.forEach(r -> evidence.merge(r.country().code(), Evidence.of(r.basis(), r.sources()), Evidence::merge));
    return new CountrySet(world, new Fixed(label, Map.copyOf(evidence)), Optional.empty());
  }

  /** The same set on {@code day}: every operand is asked on that day. */
  public CountrySet asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new CountrySet(world, node, Optional.of(day));
  }

  /** The day the set is evaluated on: the one given to {@link #asOf}, or the day the data is current to. */
  public LocalDate day() {
    return day.orElseGet(world::currentTo);
  }

  /**
   * The countries in this set and in {@code other}: the intersection; like {@code filter(other::contains)}.
   *
   * @throws IllegalArgumentException if both sets were given different days, or are over different datasets
   */
  public CountrySet and(CountrySet other) {
    return combine(Op.AND, other);
  }

  /**
   * The countries in this set that are full members of {@code organisation} on the same day.
   *
   * @throws UnknownIdException if no organisation matches
   */
  public CountrySet and(String organisation) {
    return and(world.members(organisation).countries());
  }

  /**
   * The countries in this set or in {@code other}: the union; like {@code Stream.concat(a, b).distinct()}.
   *
   * @throws IllegalArgumentException if both sets were given different days, or are over different datasets
   */
  public CountrySet or(CountrySet other) {
    return combine(Op.OR, other);
  }

  /**
   * The countries in this set or full members of {@code organisation} on the same day.
   *
   * @throws UnknownIdException if no organisation matches
   */
  public CountrySet or(String organisation) {
    return or(world.members(organisation).countries());
  }

  /**
   * The countries in this set and not in {@code other}: the difference; like
   * {@code filter(c -> !other.contains(c))}.
   *
   * @throws IllegalArgumentException if both sets were given different days, or are over different datasets
   */
  public CountrySet not(CountrySet other) {
    return combine(Op.NOT, other);
  }

  /**
   * The countries in this set that are not full members of {@code organisation} on the same day.
   *
   * @throws UnknownIdException if no organisation matches
   */
  public CountrySet not(String organisation) {
    return not(world.members(organisation).countries());
  }

  private CountrySet combine(Op op, CountrySet other) {
    Objects.requireNonNull(other, "other");
    checkArgument(other.world == world, "cannot combine sets of countries over different datasets: %s and %s",
        this, other);
    checkArgument(day.isEmpty() || other.day.isEmpty() || day.equals(other.day),
        "cannot combine a set of countries on %s with one on %s: set algebra is on one day; choose it with asOf",
        day.orElse(null), other.day.orElse(null));
    return new CountrySet(world, new Combined(op, node, other.node), day.isPresent() ? day : other.day);
  }

  /** The limits of the answer: those of every operand on the set's day. */
  @Override
  public Completeness completeness() {
    return node.completeness(day());
  }

  /** Whether {@code country} is in the set; like {@code stream().anyMatch(country::equals)}. */
  public boolean contains(Country country) {
    Objects.requireNonNull(country, "country");
    return node.evaluate(day()).containsKey(country.code());
  }

  /**
   * Whether the country with this code or name is in the set.
   *
   * @throws UnknownIdException if no country matches
   */
  public boolean contains(String country) {
    return contains(world.country(country));
  }

  /** The countries, by name. */
  @Override
  public Stream<Country> stream() {
    return node.evaluate(day()).keySet().stream().map(world::country).sorted(BY_NAME);
  }

  @Override
  String title() {
    String label = node.label();
    if (label.startsWith("(") && label.endsWith(")")) {
      label = label.substring(1, label.length() - 1);
    }
    return "countries in " + label + " on " + day();
  }

  @Override
  Columns<Country> columns() {
    Map<CountryCode, Evidence> evidence = node.evaluate(day());
    return Columns.<Country>sourcedBy(c -> List.copyOf(evidence.get(c.code()).sources().values()))
        .text("iso3", c -> c.code().value())
        .text("iso2", Country::alpha2)
        .text("name", Country::name)
        .text("basis", c -> String.join(", ", evidence.get(c.code()).basis()));
  }
}
