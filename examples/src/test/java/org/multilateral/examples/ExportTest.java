package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Membership;
import org.multilateral.core.Spell;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.examples.cli.Main;
import org.multilateral.query.Multilateral;

/** The exports load back, as R, pandas or DuckDB would load them, to what the API holds. */
class ExportTest {

  private static final Multilateral WORLD = Multilateral.over(MultilateralData.bundled());

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
    return out.toString();
  }

  private static List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void theSpellsCsvLoadsBackToEverySpellOfEveryMembership() throws Exception {
    List<CSVRecord> rows = csv(cli("export", "spells"));
    List<Membership> memberships = WORLD.dataset().memberships();
    assertEquals(memberships.stream().mapToInt(m -> m.spells().size()).sum(), rows.size());
    int r = 0;
    for (Membership m : memberships) {
      for (Spell s : m.spells()) {
        CSVRecord row = rows.get(r++);
        assertEquals(m.country().value(), row.get("iso3"));
        assertEquals(m.organisation().value(), row.get("organisation"));
        assertEquals(m.role().id(), row.get("role"));
        assertEquals(m.framework().orElse(""), row.get("framework"));
        assertEquals(s.start().toString(), row.get("start"));
        assertEquals(s.start().precision().id(), row.get("start_precision"));
        assertEquals(s.end().map(Object::toString).orElse(""), row.get("end"));
        assertEquals(s.continues().map(Object::toString).orElse(""), row.get("continues"));
        assertEquals(m.sources().stream().map(x -> x.id()).collect(Collectors.joining(" ")), row.get("source_ids"));
      }
    }
  }

  @Test
  void theSpellsJsonLinesHaveOneObjectPerSpell() {
    List<String> lines = cli("export", "spells", "--format", "jsonl").lines().toList();
    assertEquals(WORLD.spells().count(), lines.size());
    assertTrue(lines.get(0).startsWith("{\"iso3\": ") && lines.get(0).endsWith("]}"), lines.get(0));
  }

  @Test
  void thePanelCodesAgreeWithTheMemberQueries() throws Exception {
    List<CSVRecord> rows = csv(cli("export", "panel"));
    Map<String, CSVRecord> byKey = rows.stream().collect(Collectors.toMap(r -> r.get("iso3") + r.get("year"),
        r -> r));
    for (int year : List.of(1949, 1973, 1991, 1999, 2020)) {
      LocalDate day = LocalDate.of(year, 12, 31);
      for (var m : WORLD.members("NATO").asOf(day).list()) {
        assertEquals("1", byKey.get(m.country().code().value() + year).get("NATO"), m + " in " + year);
      }
      long members = rows.stream().filter(r -> r.get("year").equals(String.valueOf(year)))
          .filter(r -> r.get("NATO").equals("1")).count();
      assertEquals(WORLD.members("NATO").asOf(day).count(), members, "NATO members in " + year);
    }
    // Outside the declared coverage a non-member is -9 (not recorded), inside it 0; a state that ended is -1.
    assertEquals("-9", byKey.get("CHE1995").get("UN"));
    assertEquals("0", byKey.get("CHE2001").get("UN"));
    assertEquals("1", byKey.get("CHE2002").get("UN"));
    assertEquals("1", byKey.get("FRA1995").get("UN"));
    assertEquals("-1", byKey.get("DDR1990").get("NATO"));
    assertEquals("1", byKey.get("GBR2019").get("EU"));
    assertEquals("0", byKey.get("GBR2020").get("EU"));
  }
}
