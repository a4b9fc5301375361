package org.multilateral.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of facts about international cooperation: countries, organisations, memberships, frameworks, events,
 * initiatives and documents, with the data version and the day its knowledge is current to.
 *
 * <p>The bundled data comes from the {@code org.multilateral.dataset} module; the query API in
 * {@code org.multilateral.query} works over any {@code Dataset}. {@link #builder()} makes one whose references
 * are checked: every country and organisation a fact names exists, and every id is unique.
 *
 * <p>Every dataset has had its references checked: one that {@link #builder()} makes when it is built, the bundled
 * one when the build compiled it (its facts are then read on first use, one kind at a time). Two datasets with the
 * same version, day and facts are equal, however made. Immutable and thread-safe.
 */
public sealed interface Dataset permits DatasetValue {

  /** The data version, such as {@code 2026.11.0}. */
  String version();

  /** The day the data's knowledge is current to: facts after it are not in the data. */
  LocalDate currentTo();

  List<Country> countries();

  List<Organisation> organisations();

  List<PartnershipFramework> frameworks();

  List<Membership> memberships();

  List<Event> events();

  List<Initiative> initiatives();

  List<Document> documents();

  List<Office> offices();

  /**
   * Every source the dataset's facts cite, each once, in the order the facts first cite them (countries,
   * organisations with their founding steps and seats, frameworks, memberships with their milestones and episodes,
   * events, initiatives, documents, offices). Two different sources never share an id.
   */
  List<Source> sources();

  /** The country with {@code code}, current or historical. */
  default Optional<Country> country(CountryCode code) {
    Objects.requireNonNull(code, "code");
    return countries().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The organisation with {@code id} (an exact id, not an alias). */
  default Optional<Organisation> organisation(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** A builder for a dataset whose references are checked when it is built. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Dataset}. {@link #build()} throws {@link IllegalArgumentException} naming the record when an
   * id is repeated or a fact names a country, organisation, framework or event the dataset does not hold.
   */
  final class Builder {
    private final ImmutableDatasetValue.Builder delegate = ImmutableDatasetValue.builder();

    Builder() {}

    /** Copies every fact, the version and the date of {@code dataset}. */
    public Builder from(Dataset dataset) {
      return version(dataset.version()).currentTo(dataset.currentTo())
          .addAllCountries(dataset.countries())
          .addAllOrganisations(dataset.organisations())
          .addAllFrameworks(dataset.frameworks())
          .addAllMemberships(dataset.memberships())
          .addAllEvents(dataset.events())
          .addAllInitiatives(dataset.initiatives())
          .addAllDocuments(dataset.documents())
          .addAllOffices(dataset.offices());
    }

    public Builder version(String version) {
      delegate.version(version);
      return this;
    }

    public Builder currentTo(LocalDate currentTo) {
      delegate.currentTo(currentTo);
      return this;
    }

    public Builder addCountry(Country country) {
      delegate.addCountry(country);
      return this;
    }

    public Builder addAllCountries(Iterable<? extends Country> countries) {
      delegate.addAllCountries(countries);
      return this;
    }

    public Builder addOrganisation(Organisation organisation) {
      delegate.addOrganisation(organisation);
      return this;
    }

    public Builder addAllOrganisations(Iterable<? extends Organisation> organisations) {
      delegate.addAllOrganisations(organisations);
      return this;
    }

    public Builder addFramework(PartnershipFramework framework) {
      delegate.addFramework(framework);
      return this;
    }

    public Builder addAllFrameworks(Iterable<? extends PartnershipFramework> frameworks) {
      delegate.addAllFrameworks(frameworks);
      return this;
    }

    public Builder addMembership(Membership membership) {
      delegate.addMembership(membership);
      return this;
    }

    public Builder addAllMemberships(Iterable<? extends Membership> memberships) {
      delegate.addAllMemberships(memberships);
      return this;
    }

    public Builder addEvent(Event event) {
      delegate.addEvent(event);
      return this;
    }

    public Builder addAllEvents(Iterable<? extends Event> events) {
      delegate.addAllEvents(events);
      return this;
    }

    public Builder addInitiative(Initiative initiative) {
      delegate.addInitiative(initiative);
      return this;
    }

    public Builder addAllInitiatives(Iterable<? extends Initiative> initiatives) {
      delegate.addAllInitiatives(initiatives);
      return this;
    }

    public Builder addDocument(Document document) {
      delegate.addDocument(document);
      return this;
    }

    public Builder addAllDocuments(Iterable<? extends Document> documents) {
      delegate.addAllDocuments(documents);
      return this;
    }

    public Builder addOffice(Office office) {
      delegate.addOffice(office);
      return this;
    }

    public Builder addAllOffices(Iterable<? extends Office> offices) {
      delegate.addAllOffices(offices);
      return this;
    }

    /**
     * The dataset.
     *
     * @throws IllegalArgumentException naming the record when an id is repeated or a reference is unknown
     * @throws IllegalStateException when the version or date is missing
     */
    public Dataset build() {
      DatasetValue dataset = delegate.build();
      dataset.checkFacts();
      return dataset;
    }
  }
}
