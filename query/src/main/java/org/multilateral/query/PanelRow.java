package org.multilateral.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.multilateral.core.Country;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.Source;

/**
 * One country in one year of the {@linkplain Multilateral#panel() country-year panel}: its status in each
 * organisation on the last day of the year, coded as the Correlates of War IGO data codes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the country
 * @param year the year
 * @param status the code for each organisation: 1 full member, 3 observer, 0 neither, -9 not covered, -1 no state
 * @param sources the sources of the memberships that make a status 1 or 3
 */
public record PanelRow(Country country, int year, Map<OrganisationId, Integer> status, List<Source> sources) {

  /** Copies the map and the list. */
  public PanelRow {
    Objects.requireNonNull(country, "country");
    status = Map.copyOf(status);
    sources = List.copyOf(sources);
  }
}
