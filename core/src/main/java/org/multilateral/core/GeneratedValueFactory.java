package org.multilateral.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.multilateral.core.internal.ValueFactory;

/**
 * Core's {@link ValueFactory}: the constructors Immutables generates, which run each value's checks. A
 * {@linkplain #lazyDataset lazy dataset} skips only {@link DatasetValue#checkFacts()}.
 */
final class GeneratedValueFactory extends ValueFactory {

  static {
    register(new GeneratedValueFactory());
  }

  private GeneratedValueFactory() {}

  @Override
  public SeedExcerpt seedExcerpt(String id, String file, String excerpt) {
    return ImmutableSeedExcerpt.of(id, file, excerpt);
  }

  @Override
  public WebPage webPage(String id, URI url, String publisher, String title, LocalDate retrieved,
      Optional<String> note, SourceTier tier) {
    return ImmutableWebPage.of(id, url, publisher, title, retrieved, note, tier);
  }

  @Override
  public Country country(CountryCode code, String alpha2, String numeric, String name,
      Optional<String> formerCode, Optional<PartialDate> started, Optional<PartialDate> ended,
      List<CountryCode> successors, List<CountryName> otherNames, List<Identifier> identifiers,
      List<Source> sources) {
    return ImmutableCountry.of(code, alpha2, numeric, name, formerCode, started, ended, successors, otherNames,
        identifiers, sources);
  }

  @Override
  public CountryName countryName(String name, CountryName.Kind kind, Optional<PartialDate> from,
      Optional<PartialDate> until, List<Source> sources) {
    return ImmutableCountryName.of(name, kind, from, until, sources);
  }

  @Override
  public Identifier identifier(Identifier.Scheme scheme, String value, Optional<PartialDate> from,
      Optional<PartialDate> to, List<Source> sources) {
    return ImmutableIdentifier.of(scheme, value, from, to, sources);
  }

  @Override
  public Organisation organisation(OrganisationId id, List<String> aliases, String name,
      String frenchName, OrganisationKind kind, Optional<OrganisationId> parent, List<Milestone> founding,
      Optional<String> headquarters, List<Seat> seats, List<String> goals, List<String> themes,
      Optional<URI> website, List<Coverage> coverage, List<Identifier> identifiers, List<Source> sources) {
    return ImmutableOrganisation.of(id, aliases, name, frenchName, kind, parent, founding, headquarters, seats, goals,
        themes, website, coverage, identifiers, sources);
  }

  @Override
  public Seat seat(String name, String place, CountryCode country, List<Source> sources) {
    return ImmutableSeat.of(name, place, country, sources);
  }

  @Override
  public Coverage coverage(Set<Role> roles, Set<FactKind> facts, LocalDate from, Optional<LocalDate> to,
      Optional<String> note) {
    return ImmutableCoverage.of(roles, facts, from, to, note);
  }

  @Override
  public Milestone milestone(PartialDate date, DateKind kind, Optional<String> document,
      Optional<String> note, List<Source> sources) {
    return ImmutableMilestone.of(date, kind, document, note, sources);
  }

  @Override
  public PartnershipFramework framework(String id, OrganisationId organisation, String name,
      Optional<PartialDate> launched, List<Source> sources) {
    return ImmutablePartnershipFramework.of(id, organisation, name, launched, sources);
  }

  @Override
  public Membership membership(CountryCode country, OrganisationId organisation, Role role,
      Optional<String> framework, List<Spell> spells, List<Milestone> milestones, List<Episode> episodes,
      Optional<String> note, List<Source> sources) {
    return ImmutableMembership.of(country, organisation, role, framework, spells, milestones, episodes, note, sources);
  }

  @Override
  public Spell spell(PartialDate start, DateKind startKind, Optional<PartialDate> end,
      Optional<DateKind> endKind, Optional<String> note, Optional<CountryCode> continues) {
    return ImmutableSpell.of(start, startKind, end, endKind, note, continues);
  }

  @Override
  public Episode episode(String kind, PartialDate start, Optional<PartialDate> end, String description,
      List<Source> sources) {
    return ImmutableEpisode.of(kind, start, end, description, sources);
  }

  @Override
  public Event event(String id, OrganisationId organisation, String title, EventKind kind,
      PartialDate start, Optional<PartialDate> end, Optional<String> place, List<String> topics,
      List<CountryCode> participants, List<Source> sources) {
    return ImmutableEvent.of(id, organisation, title, kind, start, end, place, topics, participants, sources);
  }

  @Override
  public Initiative initiative(String id, OrganisationId organisation, String name, List<String> aims,
      Optional<PartialDate> launched, List<CountryCode> supporters, List<CountryCode> beneficiaries,
      List<Source> sources) {
    return ImmutableInitiative.of(id, organisation, name, aims, launched, supporters, beneficiaries, sources);
  }

  @Override
  public Document document(String id, OrganisationId organisation, String title, DocumentKind kind,
      Optional<PartialDate> adopted, Optional<String> event, Optional<String> summary, List<Source> sources) {
    return ImmutableDocument.of(id, organisation, title, kind, adopted, event, summary, sources);
  }

  @Override
  public Office office(OrganisationId organisation, String title, String holder,
      Optional<CountryCode> country, PartialDate start, Optional<PartialDate> end, List<Source> sources) {
    return ImmutableOffice.of(organisation, title, holder, country, start, end, sources);
  }

  @Override
  public Dataset lazyDataset(String version, LocalDate currentTo, Parts parts) {
    return new LazyDataset(version, currentTo, parts);
  }
}
