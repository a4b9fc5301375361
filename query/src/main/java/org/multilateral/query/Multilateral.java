package org.multilateral.query;

import com.google.common.base.Suppliers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.multilateral.core.Country;
import org.multilateral.core.Dataset;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.internal.Suggestions;
import org.multilateral.query.internal.Index;

/**
 * The entry point of the query API: {@code Multilateral.over(dataset)}, then a dot.
 *
 * <pre>{@code
 * Multilateral world = Multilateral.over(MultilateralData.bundled());
 * List<Member> allies1999 = world.members("NATO").asOf(LocalDate.of(1999, 6, 1)).list();
 * }</pre>
 *
 * <p>The indexes over the dataset are built once, on the first query, and shared by every query made from this
 * object. Queries are immutable: each step returns a new query that can be kept, reused and shared between
 * threads. When no date is given, a query answers for the dataset's {@link Dataset#currentTo()} day.
 *
 * <p>Immutable and thread-safe.
 */
public final class Multilateral {

  private final Dataset dataset;
  private final Supplier<Index> index;

  private Multilateral(Dataset dataset) {
    this.dataset = dataset;
    this.index = Suppliers.memoize(() -> new Index(dataset));
  }

  /** Queries over {@code dataset}. */
  public static Multilateral over(Dataset dataset) {
    return new Multilateral(Objects.requireNonNull(dataset, "dataset"));
  }

  /** The dataset queried. */
  public Dataset dataset() {
    return dataset;
  }

  /** The day queries answer for when no date is given: the day the data is current to. */
  public LocalDate today() {
    return dataset.currentTo();
  }

  /**
   * The organisation with this id, alias or English name, ignoring case: {@code "nato"},
   * {@code "alliance-for-multilateralism"}.
   *
   * @throws UnknownIdException naming the nearest known ids when nothing matches
   */
  public Organisation organisation(String idOrAlias) {
    Objects.requireNonNull(idOrAlias, "idOrAlias");
    return index().findOrganisation(idOrAlias).orElseThrow(() -> new UnknownIdException("organisation",
        idOrAlias, Suggestions.nearest(idOrAlias, index().organisationNames(), 3)));
  }

  /**
   * The country with this ISO alpha-3, alpha-2 or numeric code or English name, ignoring case: {@code "BEL"},
   * {@code "be"}, {@code "056"}, {@code "Belgium"}.
   *
   * @throws UnknownIdException naming the nearest known codes and names when nothing matches
   */
  public Country country(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    return index().findCountry(codeOrName).orElseThrow(() -> new UnknownIdException("country", codeOrName,
        Suggestions.nearest(codeOrName, index().countryNames(), 3)));
  }

  /**
   * The members of an organisation, by id, alias or name; full members unless roles are chosen.
   *
   * @throws UnknownIdException when no organisation matches
   */
  public MemberQuery members(String organisation) {
    return members(organisation(organisation).id());
  }

  /** The members of the organisation {@code id}; full members unless roles are chosen. */
  public MemberQuery members(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    Organisation organisation = index().organisation(id).orElseThrow(() -> new UnknownIdException(
        "organisation", id.value(), Suggestions.nearest(id.value(), index().organisationNames(), 3)));
    return MemberQuery.of(this, organisation);
  }

  Index index() {
    return index.get();
  }
}
