/**
 * The query API: a fluent, time-aware way to ask a {@link org.multilateral.core.Dataset} who belonged to what, when,
 * and why we know it.
 *
 * <p>Start at {@link org.multilateral.query.Multilateral#over(org.multilateral.core.Dataset)} and type a dot:
 * <ul>
 *   <li>{@link org.multilateral.query.MemberQuery} members of an organisation on a day, by role or partnership
 *       framework; {@link org.multilateral.query.MembershipQuery} a country's memberships;
 *       {@link org.multilateral.query.CompositionQuery} an organ such as the UN Security Council;</li>
 *   <li>{@link org.multilateral.query.CountrySet} set algebra across organisations on a day;</li>
 *   <li>{@link org.multilateral.query.ChangeQuery} who joined and who left between two days,
 *       {@link org.multilateral.query.WaveQuery} enlargement waves, {@link org.multilateral.query.TimelineQuery} an
 *       organisation's history;</li>
 *   <li>{@link org.multilateral.query.EventQuery}, {@link org.multilateral.query.InitiativeQuery},
 *       {@link org.multilateral.query.DocumentQuery}, {@link org.multilateral.query.OfficeQuery} and
 *       {@link org.multilateral.query.SeatQuery} for the other facts.</li>
 * </ul>
 *
 * <p>Every query is a {@link org.multilateral.query.Query}: immutable, reusable, shareable between threads, and
 * ending in {@code list()}, {@code stream()}, {@code count()}, {@code first()}, {@code single()} or {@code table()},
 * a {@link org.multilateral.query.Table} for reports with numbered citations of the sources of every row.
 *
 * <p>No method accepts {@code null}: a null argument throws {@link java.lang.NullPointerException} at once. Unknown
 * ids, codes and names throw {@link org.multilateral.query.UnknownIdException} with the nearest known ones.
 */
package org.multilateral.query;
