package org.multilateral.core.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.CountryName;
import org.multilateral.core.Coverage;
import org.multilateral.core.Dataset;
import org.multilateral.core.DateKind;
import org.multilateral.core.Document;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.Episode;
import org.multilateral.core.Event;
import org.multilateral.core.EventKind;
import org.multilateral.core.FactKind;
import org.multilateral.core.Identifier;
import org.multilateral.core.Initiative;
import org.multilateral.core.Membership;
import org.multilateral.core.Milestone;
import org.multilateral.core.Office;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.PartialDate;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.core.Seat;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.SourceTier;
import org.multilateral.core.Spell;
import org.multilateral.core.WebPage;

/**
 * Makes the model's values from all their parts at once, through the generated constructors rather than the
 * builders, for the decoder of the compiled bundled data. That decoder runs in a JVM that has loaded little, where
 * each builder is two more classes to load (about half a millisecond each); this factory is one. Every value's own
 * checks run as they do when it is built; a missing part throws {@link NullPointerException} rather than a builder's
 * {@link IllegalStateException}, and an absent optional part is {@link Optional#empty()}.
 *
 * <p>Not API: exported to the project's own modules only. The one implementation is core's own, which registers
 * itself when its class is first used, as the JDK's own modules share their internals.
 */
public abstract class ValueFactory {

  private static final String IMPLEMENTATION = "org.multilateral.core.GeneratedValueFactory";
  private static ValueFactory instance;

  protected ValueFactory() {}

  /** Core's factory. */
  public static ValueFactory get() {
    try {
      // Initialises the implementation, which registers itself, the first time; a look-up after that.
      Class.forName(IMPLEMENTATION, true, ValueFactory.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("core's value factory is missing", e);
    }
    synchronized (ValueFactory.class) {
      if (instance == null) {
        throw new IllegalStateException("core's value factory did not register itself");
      }
      return instance;
    }
  }

  /** Called once, by core's implementation as its class is initialised; any other caller is refused. */
  protected static synchronized void register(ValueFactory factory) {
    Class<?> type = factory.getClass();
    if (instance != null || !type.getName().equals(IMPLEMENTATION)
        || type.getModule() != ValueFactory.class.getModule()) {
      throw new IllegalStateException("only core's own value factory registers, once");
    }
    instance = factory;
  }

  public abstract SeedExcerpt seedExcerpt(String id, String file, String excerpt);

  public abstract WebPage webPage(String id, URI url, String publisher, String title, LocalDate retrieved,
      Optional<String> note, SourceTier tier);

  public abstract Country country(CountryCode code, String alpha2, String numeric, String name,
      Optional<String> formerCode, Optional<PartialDate> started, Optional<PartialDate> ended,
      List<CountryCode> successors, List<CountryName> otherNames, List<Identifier> identifiers,
      List<Source> sources);

  public abstract CountryName countryName(String name, CountryName.Kind kind, Optional<PartialDate> from,
      Optional<PartialDate> until, List<Source> sources);

  public abstract Identifier identifier(Identifier.Scheme scheme, String value, Optional<PartialDate> from,
      Optional<PartialDate> to, List<Source> sources);

  public abstract Organisation organisation(OrganisationId id, List<String> aliases, String name,
      String frenchName, OrganisationKind kind, Optional<OrganisationId> parent, List<Milestone> founding,
      Optional<String> headquarters, List<Seat> seats, List<String> goals, List<String> themes,
      Optional<URI> website, List<Coverage> coverage, List<Identifier> identifiers, List<Source> sources);

  public abstract Seat seat(String name, String place, CountryCode country, List<Source> sources);

  public abstract Coverage coverage(Set<Role> roles, Set<FactKind> facts, LocalDate from, Optional<LocalDate> to,
      Optional<String> note);

  public abstract Milestone milestone(PartialDate date, DateKind kind, Optional<String> document,
      Optional<String> note, List<Source> sources);

  public abstract PartnershipFramework framework(String id, OrganisationId organisation, String name,
      Optional<PartialDate> launched, List<Source> sources);

  public abstract Membership membership(CountryCode country, OrganisationId organisation, Role role,
      Optional<String> framework, List<Spell> spells, List<Milestone> milestones, List<Episode> episodes,
      Optional<String> note, List<Source> sources);

  public abstract Spell spell(PartialDate start, DateKind startKind, Optional<PartialDate> end,
      Optional<DateKind> endKind, Optional<String> note, Optional<CountryCode> continues);

  public abstract Episode episode(String kind, PartialDate start, Optional<PartialDate> end, String description,
      List<Source> sources);

  public abstract Event event(String id, OrganisationId organisation, String title, EventKind kind,
      PartialDate start, Optional<PartialDate> end, Optional<String> place, List<String> topics,
      List<CountryCode> participants, List<Source> sources);

  public abstract Initiative initiative(String id, OrganisationId organisation, String name, List<String> aims,
      Optional<PartialDate> launched, List<CountryCode> supporters, List<CountryCode> beneficiaries,
      List<Source> sources);

  public abstract Document document(String id, OrganisationId organisation, String title, DocumentKind kind,
      Optional<PartialDate> adopted, Optional<String> event, Optional<String> summary, List<Source> sources);

  public abstract Office office(OrganisationId organisation, String title, String holder,
      Optional<CountryCode> country, PartialDate start, Optional<PartialDate> end, List<Source> sources);

  /**
   * A dataset whose facts were checked together before, as {@link Dataset.Builder#build()} checks them, and are made
   * from {@code parts} on first use, one kind at a time: the compiled bundled data, written from a dataset so built,
   * whose checksum the decoder has verified. Only the dataset's own check (a version) runs here, not the checks
   * across facts (unique ids, known references, lives). Each of {@code parts}' methods is called under the dataset's
   * lock until it returns (one that throws is called again on the next access), then never again; {@code parts} is
   * let go once every kind of fact is made.
   */
  public abstract Dataset lazyDataset(String version, LocalDate currentTo, Parts parts);

  /** The facts of a dataset, by kind, for {@link #lazyDataset}: each method makes its list when first called. */
  public interface Parts {
    List<Country> countries();

    List<Organisation> organisations();

    List<PartnershipFramework> frameworks();

    List<Membership> memberships();

    List<Event> events();

    List<Initiative> initiatives();

    List<Document> documents();

    List<Office> offices();
  }
}
