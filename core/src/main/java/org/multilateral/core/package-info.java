/**
 * The domain model: countries, organisations, memberships made of dated spells, events, initiatives, documents,
 * and the sources behind every fact.
 *
 * <p>Every type in this package is immutable and thread-safe. No method accepts or returns {@code null}: a
 * {@code null} argument throws {@link java.lang.NullPointerException} at once, and a value that may be absent is
 * an {@link java.util.Optional}. The collections values return are unmodifiable and hold no {@code null}; asking
 * them about one ({@code contains(null)}) may throw. Invariants are checked when a value is built; a violation throws
 * {@link java.lang.IllegalArgumentException} (or {@link java.lang.IllegalStateException} from a builder) whose
 * message names the record and the bad value.
 *
 * <h2>Dates and the end-date convention</h2>
 * A {@link org.multilateral.core.PartialDate} carries its {@link org.multilateral.core.DatePrecision precision}
 * (day, month or year); a date the sources give only to the month is never stored as the first of that month.
 * A {@link org.multilateral.core.Spell} covers every day from its start to its end <em>inclusive</em>: the end is
 * the <em>last day</em> of membership. The United Kingdom's spell in the European Union ends on 2020-01-31, so the
 * United Kingdom was a member on 2020-01-31 and was not a member on 2020-02-01. Where a source gives the day a
 * state ceased to be a member (the German Democratic Republic on 3 October 1990), the stored end is the day
 * before, and the spell's note says so.
 *
 * <p>Values are created through builders ({@code Organisation.builder()}) or factories
 * ({@code CountryCode.of("BEL")}); implementation classes are not part of the API.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = true,
    jdkOnly = true,
    jdk9Collections = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "country:countries"})
package org.multilateral.core;

import org.immutables.value.Value;
