package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Document;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.Event;
import org.multilateral.core.EventKind;
import org.multilateral.core.Initiative;
import org.multilateral.core.Office;
import org.multilateral.core.Source;

/** Events, initiatives, documents, office holders, seats, frameworks, sources and timelines, on the toy world. */
class FactQueriesTest {

  private final Multilateral world = Toy.world();

  private static List<String> ids(Query<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  @Test
  void eventsOfAnOrganisationInADateRangeByKindAndTopic() {
    assertEquals(List.of("alliance-1999-summit", "alliance-operation", "alliance-2022-summit"),
        ids(world.events("ALLIANCE")));
    assertEquals(List.of("alliance-1999-summit", "alliance-2022-summit"),
        ids(world.events("ALLIANCE").kinds(EventKind.SUMMIT)));
    // An operation of several years falls in every range it overlaps; "2001-10" may mean 2001-10-31.
    assertEquals(List.of("alliance-operation"), ids(world.events("ALLIANCE").between(LocalDate.of(2010, 1, 1),
        LocalDate.of(2010, 12, 31))));
    assertEquals(List.of("alliance-operation"), ids(world.events().between(LocalDate.of(2001, 10, 31),
        LocalDate.of(2001, 10, 31))));
    assertEquals(List.of(), ids(world.events().between(LocalDate.of(1999, 4, 26), LocalDate.of(2001, 9, 30))));
    assertEquals(List.of("alliance-1999-summit", "alliance-2022-summit"),
        ids(world.events().topic("strategic CONCEPT")));
    assertEquals(List.of("union-2020-withdrawal"), ids(world.events().involving("United Kingdom")));
    assertEquals(List.of("alliance-2022-summit"), ids(world.events().topic("madrid")));
  }

  @Test
  void initiativesAndTheirSupporters() {
    assertEquals(List.of("world-climate", "world-cyber"),
        world.initiatives("WORLD").stream().map(Initiative::id).toList());
    assertEquals(List.of("world-climate"), world.initiatives().involving("DEU").stream().map(Initiative::id)
        .toList());
    Table table = world.initiatives("WORLD").table();
    assertEquals(List.of("world-climate", "WORLD", "Climate and Security", "2019-09", "3",
        "France; Germany; Belgium"), table.rows().get(0).cells());
    assertEquals(Table.ColumnType.NUMBER, table.columns().get(4).type());
  }

  @Test
  void theStrategicConceptAdoptedLastByADay() {
    DocumentQuery concepts = world.documents("ALLIANCE").kinds(DocumentKind.STRATEGIC_CONCEPT);
    assertEquals(3, concepts.count());
    assertEquals("alliance-sc-1999", concepts.until(LocalDate.of(2000, 1, 1)).last().orElseThrow().id());
    // "1991-11" may fall on any day of November 1991, so both ends of the month include it.
    assertEquals("alliance-sc-1991", concepts.until(LocalDate.of(1991, 11, 1)).single().id());
    assertTrue(concepts.until(LocalDate.of(1991, 10, 31)).last().isEmpty());
    assertEquals(List.of("alliance-sc-1991", "alliance-sc-1999"), concepts.until(LocalDate.of(2000, 1, 1))
        .stream().map(Document::id).toList().subList(0, 2));
    assertEquals(3, concepts.since(LocalDate.of(1991, 11, 30)).count());
    assertEquals(2, concepts.since(LocalDate.of(1991, 12, 1)).count());
    assertEquals(List.of("alliance-sc-1991"), concepts.between(LocalDate.of(1991, 11, 1), LocalDate.of(1991, 11, 1))
        .stream().map(Document::id).toList());
    assertEquals(4, world.documents().count());
  }

  @Test
  void officeHoldersOnADay() {
    OfficeQuery secretaries = world.offices("ALLIANCE").title("secretary general");
    assertEquals("Bert Holder", secretaries.asOf(LocalDate.of(2010, 1, 1)).single().holder());
    assertEquals("Anna Holder", secretaries.asOf(LocalDate.of(2009, 7, 31)).single().holder());
    assertEquals("Carla Holder", secretaries.asOf(Toy.TODAY).single().holder());
    assertEquals(List.of("Anna Holder"), world.offices().involving("NLD").stream().map(Office::holder).toList());
    assertEquals(List.of("ALLIANCE", "Secretary General", "Bert Holder", "Germany", "2009-08-01", "2014-09-30"),
        secretaries.table().rows().get(1).cells());
  }

  @Test
  void seatsAndTheirHostCountries() {
    assertEquals(List.of("Alliance Headquarters", "Allied Command"),
        world.seats().involving("Belgium").stream().map(s -> s.seat().name()).toList());
    assertEquals(0, world.seats("UNION").count());
    assertEquals(List.of("ALLIANCE", "Allied Command", "Mons", "BEL", "Belgium"),
        world.seats("ALLIANCE").table().rows().get(1).cells());
  }

  @Test
  void frameworksAndSources() {
    assertEquals("ALLIANCE-PFP", world.frameworks("ALLIANCE").single().id());
    assertEquals(0, world.frameworks("UNION").count());
    List<String> sources = world.sources().stream().map(Source::id).toList();
    assertEquals(List.of("iso-codes", "alliance-members", "union-countries", "world-members", "council-members",
        "seed-alliance"), sources);
  }

  @Test
  void aTimelineTellsAnOrganisationsHistoryInDateOrder() {
    List<String> lines = world.timeline("ALLIANCE").between(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31))
        .stream().map(e -> e.date() + " " + e.kind().id() + " " + e.description()).toList();
    assertEquals(List.of("1999-03-12 joined Poland joined as member", "1999-04-23 event Washington Summit",
        "1999-04-24 document adopted: Strategic Concept"), lines);
    List<TimelineEntry> all = world.timeline("ALLIANCE").list();
    assertEquals("1949-04-04 founded signed (Alliance Treaty)", all.get(0).date() + " " + all.get(0).kind().id()
        + " " + all.get(0).description());
    assertTrue(all.stream().anyMatch(e -> e.kind() == TimelineEntry.Kind.EPISODE
        && e.description().equals("France: France outside the integrated command (until 2009-04-03)")));
    assertEquals(3, world.timeline("ALLIANCE").kinds(TimelineEntry.Kind.OFFICE).count());
    assertEquals(List.of("2020-01-31 left United Kingdom left"), world.timeline("UNION")
        .kinds(TimelineEntry.Kind.LEFT).stream().map(e -> e.date() + " " + e.kind().id() + " " + e.description())
        .toList());
  }
}
