/**
 * The query API: a fluent, time-aware way to ask a {@link org.multilateral.core.Dataset} who belonged to what, when,
 * and how we know it.
 *
 * <p>Start at {@link org.multilateral.query.Multilateral#over(org.multilateral.core.Dataset)} and type a dot:
 * <ul>
 *   <li>{@link org.multilateral.query.MemberQuery} members of an organisation on a day, by role or partnership
 *       framework; {@link org.multilateral.query.MembershipQuery} a country's memberships;
 *       {@link org.multilateral.query.CompositionQuery} an organ such as the UN Security Council;</li>
 *   <li>{@link org.multilateral.query.CountrySet} set algebra across organisations on a day;</li>
 *   <li>{@link org.multilateral.query.ChangeQuery} who joined and who left, {@link org.multilateral.query.WaveQuery}
 *       enlargement waves, {@link org.multilateral.query.TimelineQuery} an organisation's history;</li>
 *   <li>{@link org.multilateral.query.EventQuery}, {@link org.multilateral.query.InitiativeQuery},
 *       {@link org.multilateral.query.DocumentQuery}, {@link org.multilateral.query.OfficeQuery} and
 *       {@link org.multilateral.query.SeatQuery} for the other facts.</li>
 * </ul>
 *
 * <h2>One vocabulary</h2>
 * Every query uses these words, and only with these meanings:
 * <table class="striped">
 *   <caption>The words of the query API</caption>
 *   <thead><tr><th>word</th><th>meaning</th><th>on</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code asOf(day)}</td><td>the state <em>in force on</em> one day: members, roles, office holders on
 *       that day. Imprecise dates are read conservatively (see {@link org.multilateral.core.Spell#isInForceOn}).
 *       Without it, a day-based query answers for {@code currentTo()}.</td>
 *       <td>members, memberships, composition, country sets, offices</td></tr>
 *   <tr><td>{@code between(from, to)}</td><td>facts whose date <em>may fall</em> in the window, <b>both days
 *       included</b>; a fact of several days counts when it may overlap the window; "1999" falls in every window
 *       that shares a day with 1999</td>
 *       <td>changes, events, timeline, documents, offices</td></tr>
 *   <tr><td>{@code since(from)}</td><td>{@code between} with no last day ({@code from} included)</td>
 *       <td>as {@code between}</td></tr>
 *   <tr><td>{@code until(to)}</td><td>{@code between} with no first day ({@code to} included)</td>
 *       <td>as {@code between}</td></tr>
 *   <tr><td>{@code involving(country)}</td><td>facts a country takes part in: events it attends, initiatives it
 *       supports or benefits from, seats it hosts, offices its nationals hold</td>
 *       <td>events, initiatives, seats, offices</td></tr>
 *   <tr><td>{@code roles(...)}, {@code kinds(...)}</td><td>only these roles or kinds (varargs or a
 *       collection)</td><td>members, memberships; events, documents, timeline</td></tr>
 *   <tr><td>{@code currentTo()}</td><td>the day the data's knowledge is current to; facts after it are not in
 *       the data</td><td>{@link org.multilateral.query.Multilateral}, {@link org.multilateral.core.Dataset}</td></tr>
 *   <tr><td>{@code changes()}</td><td>every join and departure, to narrow with {@code between}, {@code since},
 *       {@code until}, {@code joined()}, {@code left()}</td><td>members</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Terminal operations</b>, shared by every {@link org.multilateral.query.Query}:
 * <table class="striped">
 *   <caption>Terminal operations</caption>
 *   <thead><tr><th>operation</th><th>returns</th><th>throws</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code list()}</td><td>an unmodifiable {@code List}, in the query's order</td><td>nothing</td></tr>
 *   <tr><td>{@code stream()}</td><td>a new {@code Stream} on each call</td><td>nothing</td></tr>
 *   <tr><td>{@code count()}</td><td>the number of answers</td><td>nothing</td></tr>
 *   <tr><td>{@code first()}, {@code last()}</td><td>an {@code Optional}, empty when there is no answer</td>
 *       <td>nothing</td></tr>
 *   <tr><td>{@code single()}</td><td>the only answer</td><td>{@code NoSuchElementException} when there is none,
 *       {@code IllegalStateException} when there are several</td></tr>
 *   <tr><td>{@code table()}</td><td>a {@link org.multilateral.query.Table} with the sources of every row</td>
 *       <td>nothing</td></tr>
 *   <tr><td>{@code sources()}</td><td>a {@code Query<Source>} of the distinct sources of the answers</td>
 *       <td>nothing</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Table columns</b> name a span {@code start} and {@code end} everywhere (a membership's spell, a term in an
 * organ, an office, an event); a point in time is {@code date} (a change, a wave, a timeline entry) or names what
 * happened ({@code adopted}, {@code launched}).
 *
 * <p>No method accepts {@code null}: a null argument throws {@link java.lang.NullPointerException} at once. Unknown
 * ids, codes and names throw {@link org.multilateral.query.UnknownIdException} with the nearest known ones; a window
 * whose first day is after its last throws {@link java.lang.IllegalArgumentException}.
 */
package org.multilateral.query;
