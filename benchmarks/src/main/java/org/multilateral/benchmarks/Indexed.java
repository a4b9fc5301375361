package org.multilateral.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.OrganisationId;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;

/**
 * The same questions as {@link Naive}, answered through the public query API ({@link Multilateral}), and so
 * through whatever indexes it keeps. Nothing here reaches past the public API.
 */
public final class Indexed {

  private Indexed() {}

  /** The full members of {@code organisation} on {@code day}: {@code members(org).asOf(day).list()}. */
  public static List<Member> membersOn(Multilateral world, OrganisationId organisation, LocalDate day) {
    return world.members(organisation).asOf(day).list();
  }

  /** Every role {@code country} holds on {@code day}: {@code memberships(country).asOf(day).list()}. */
  public static List<Member> countryOn(Multilateral world, CountryCode country, LocalDate day) {
    return world.memberships(country.value()).asOf(day).list();
  }

  /**
   * The full members of {@code a} and of {@code b} that are not full members of {@code c} on {@code day}, by name:
   * {@code members(a).asOf(day).and(b).not(c).list()}.
   */
  public static List<Country> bothButNot(Multilateral world, OrganisationId a, OrganisationId b, OrganisationId c,
      LocalDate day) {
    return world.members(a).asOf(day).and(b.value()).not(c.value()).list();
  }

  /**
   * The changes of full membership of {@code organisation} whose date may fall from {@code from} to {@code to},
   * both included: {@code members(org).changes().between(from, to).list()}.
   */
  public static List<Transition> changes(Multilateral world, OrganisationId organisation, LocalDate from,
      LocalDate to) {
    return world.members(organisation).changes().between(from, to).stream().map(Transition::of).toList();
  }

  /** The full members of {@code organisation} on {@code day} as a report table: {@code members(org)...table()}. */
  public static Table table(Multilateral world, OrganisationId organisation, LocalDate day) {
    return world.members(organisation).asOf(day).table();
  }
}
