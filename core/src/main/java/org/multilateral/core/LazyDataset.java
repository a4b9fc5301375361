package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.multilateral.core.internal.ValueFactory;

/**
 * A dataset whose facts are made on first use, one kind at a time, from {@link ValueFactory.Parts}: the compiled
 * bundled data, whose facts were checked together before they were written, as the JDK's time-zone provider
 * decodes each zone's rules on first use. A program that asks only for memberships never decodes the events,
 * documents or offices.
 *
 * <p>Thread-safe: each part is made once, under a lock of the dataset's own, and published by a write to a volatile
 * field; later reads take no lock. If making a part fails (only data compiled for another version of the model
 * can), the call throws and a later call tries again. Equal to a {@link DatasetValue} with the same facts.
 */
final class LazyDataset extends DatasetValue {

  // The parts, by index into `made`.
  private static final int COUNTRIES = 0;
  private static final int ORGANISATIONS = 1;
  private static final int FRAMEWORKS = 2;
  private static final int MEMBERSHIPS = 3;
  private static final int EVENTS = 4;
  private static final int INITIATIVES = 5;
  private static final int DOCUMENTS = 6;
  private static final int OFFICES = 7;
  private static final int COUNTRY_INDEX = 8;
  private static final int ORGANISATION_INDEX = 9;
  private static final int SOURCES = 10;
  private static final int FACT_PARTS = 8;

  private final String version;
  private final LocalDate currentTo;
  /** A lock of its own: a caller that synchronises on the dataset cannot hold up its first reads. */
  private final Object lock = new Object();
  /** Guarded by {@code lock}; null once every kind of fact is made, so that the decoder's bytes can be freed. */
  private ValueFactory.Parts parts;
  /**
   * The parts made so far. Copied on each write and published whole through this volatile field, so that a reader
   * that sees a part sees it fully made.
   */
  private volatile Object[] made = new Object[SOURCES + 1];

  LazyDataset(String version, LocalDate currentTo, ValueFactory.Parts parts) {
    this.version = Objects.requireNonNull(version, "version");
    this.currentTo = Objects.requireNonNull(currentTo, "currentTo");
    this.parts = Objects.requireNonNull(parts, "parts");
    checkArgument(!version.isBlank(), "dataset: blank version");
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public LocalDate currentTo() {
    return currentTo;
  }

  @Override
  public List<Country> countries() {
    return part(COUNTRIES);
  }

  @Override
  public List<Organisation> organisations() {
    return part(ORGANISATIONS);
  }

  @Override
  public List<PartnershipFramework> frameworks() {
    return part(FRAMEWORKS);
  }

  @Override
  public List<Membership> memberships() {
    return part(MEMBERSHIPS);
  }

  @Override
  public List<Event> events() {
    return part(EVENTS);
  }

  @Override
  public List<Initiative> initiatives() {
    return part(INITIATIVES);
  }

  @Override
  public List<Document> documents() {
    return part(DOCUMENTS);
  }

  @Override
  public List<Office> offices() {
    return part(OFFICES);
  }

  @Override
  Map<CountryCode, Country> countryIndex() {
    return part(COUNTRY_INDEX);
  }

  @Override
  Map<OrganisationId, Organisation> organisationIndex() {
    return part(ORGANISATION_INDEX);
  }

  @Override
  public List<Source> sources() {
    return part(SOURCES);
  }

  @SuppressWarnings("unchecked") // each index holds the one type its accessor returns
  private <T> T part(int index) {
    Object part = made[index];
    if (part == null) {
      synchronized (lock) {
        part = made[index];
        if (part == null) {
          part = Objects.requireNonNull(make(index), "a part of the dataset");
          Object[] next = made.clone(); // after make, which may have made other parts
          next[index] = part;
          made = next;
          if (parts != null && allFactsMade(next)) {
            parts = null;
          }
        }
      }
    }
    return (T) part;
  }

  private Object make(int index) {
    return switch (index) {
      case COUNTRIES -> parts.countries();
      case ORGANISATIONS -> parts.organisations();
      case FRAMEWORKS -> parts.frameworks();
      case MEMBERSHIPS -> parts.memberships();
      case EVENTS -> parts.events();
      case INITIATIVES -> parts.initiatives();
      case DOCUMENTS -> parts.documents();
      case OFFICES -> parts.offices();
      case COUNTRY_INDEX -> super.countryIndex();
      case ORGANISATION_INDEX -> super.organisationIndex();
      default -> super.sources();
    };
  }

  private static boolean allFactsMade(Object[] made) {
    for (int i = 0; i < FACT_PARTS; i++) {
      if (made[i] == null) {
        return false;
      }
    }
    return true;
  }
}
