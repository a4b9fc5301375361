package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Source;

/** Each rendering of one small table, in full: what a report gets. */
class TableTest {

  private static final Source PAGE = Toy.page("alliance-members", "Alliance", "Member countries");

  private static Table table() {
    return Table.builder("Allies | 1999").column("name", Table.ColumnType.TEXT)
        .column("joined", Table.ColumnType.DATE).column("troops", Table.ColumnType.NUMBER)
        .row(List.of(PAGE, Toy.SEED), "Belgium", "1949-08-24", "1200")
        .row(List.of(PAGE), "C\u00f4te \"d'Ivoire\", <b>&", "1960", "")
        .note("Troops are <not> declared complete.")
        .build();
  }

  @Test
  void alignedText() {
    assertEquals("""
        name                   joined      troops
        ---------------------  ----------  ------
        Belgium                1949-08-24    1200
        Côte "d'Ivoire", <b>&  1960
        """, table().toText());
  }

  @Test
  void markdownWithFootnotes() {
    assertEquals("""
        **Allies \\| 1999**

        | name | joined | troops | sources |
        | --- | --- | ---: | --- |
        | Belgium | 1949-08-24 | 1200 | [^1] [^2] |
        | Côte "d'Ivoire", \\<b\\>\\& | 1960 |  | [^1] |

        > **Note:** Troops are \\<not\\> declared complete.

        [^1]: Alliance, “[Member countries](<https://example.org/alliance-members>)” (retrieved 2026-11-22) \
        [first-party]
        [^2]: seed document 003\\_8ab0c2051ddd07fd.txt: “Eight Strategic Concepts have been created since 1949.” \
        \\[seed\\]
        """, table().toMarkdown());
  }

  @Test
  void csvQuotesWhatNeedsQuoting() {
    assertEquals("name,joined,troops\r\nBelgium,1949-08-24,1200\r\n\"C\u00f4te \"\"d'Ivoire\"\", <b>&\",1960,\r\n",
        table().toCsv());
  }

  @Test
  void jsonWithTypedValuesAndNumberedSources() {
    assertEquals("""
        {
          "title": "Allies | 1999",
          "columns": [
            {"name": "name", "type": "text"},
            {"name": "joined", "type": "date"},
            {"name": "troops", "type": "number"}
          ],
          "rows": [
            {"name": "Belgium", "joined": "1949-08-24", "troops": 1200, "sources": [1, 2]},
            {"name": "Côte \\"d'Ivoire\\", <b>&", "joined": "1960", "troops": null, "sources": [1]}
          ],
          "notes": [
            "Troops are <not> declared complete."
          ],
          "sources": [
            {"number": 1, "id": "alliance-members", "citation": "Alliance, “Member countries”, \
        https://example.org/alliance-members (retrieved 2026-11-22) [first-party]", "tier": "first-party", \
        "url": "https://example.org/alliance-members"},
            {"number": 2, "id": "seed-alliance", "citation": "seed document 003_8ab0c2051ddd07fd.txt: \
        “Eight Strategic Concepts have been created since 1949.” [seed]", "tier": "seed"}
          ]
        }
        """, table().toJson());
  }

  @Test
  void htmlWithALinkedListOfSources() {
    assertEquals("""
        <section class="multilateral-table">
        <table>
        <caption>Allies | 1999</caption>
        <thead>
        <tr><th scope="col">name</th><th scope="col">joined</th><th scope="col">troops</th>\
        <th scope="col">sources</th></tr>
        </thead>
        <tbody>
        <tr><td>Belgium</td><td>1949-08-24</td><td class="number">1200</td>\
        <td><a href="#source-1">[1]</a> <a href="#source-2">[2]</a></td></tr>
        <tr><td>Côte &quot;d&#39;Ivoire&quot;, &lt;b&gt;&amp;</td><td>1960</td><td class="number"></td>\
        <td><a href="#source-1">[1]</a></td></tr>
        </tbody>
        </table>
        <p class="note"><strong>Note:</strong> Troops are &lt;not&gt; declared complete.</p>
        <ol class="sources">
        <li id="source-1">Alliance, “<a href="https://example.org/alliance-members">Member countries</a>” \
        (retrieved 2026-11-22) [first-party]</li>
        <li id="source-2">seed document 003_8ab0c2051ddd07fd.txt: “Eight Strategic Concepts have been created \
        since 1949.” [seed]</li>
        </ol>
        </section>
        """, table().toHtml());
  }

  @Test
  void eachDistinctSourceGetsOneNumber() {
    Table t = table();
    assertEquals(List.of("alliance-members", "seed-alliance"), t.sources().stream().map(Source::id).toList());
    assertEquals(List.of(1, 2), t.sourceNumbers(t.rows().get(0)));
    assertEquals(List.of(1), t.sourceNumbers(t.rows().get(1)));
    assertEquals(List.of("number", "id", "citation"), t.citations().header());
    assertEquals("2", t.citations().rows().get(1).cells().get(0));
  }

  @Test
  void cellsMustFitTheirColumns() {
    Table.Builder b = Table.builder("t").column("n", Table.ColumnType.NUMBER).column("d", Table.ColumnType.DATE);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.row(List.of(), "x", "")).getMessage()
        .contains("'x' is not a whole number"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.row(List.of(), "1", "1999-13")).getMessage()
        .startsWith("table 't': bad date '1999-13'"));
    assertThrows(IllegalArgumentException.class, () -> b.row(List.of(), "1"));
    assertThrows(IllegalArgumentException.class, () -> b.column("n", Table.ColumnType.TEXT));
    assertThrows(IllegalArgumentException.class, () -> b.column(Table.SOURCES, Table.ColumnType.TEXT));
    assertThrows(IllegalArgumentException.class, () -> b.column(" ", Table.ColumnType.TEXT));
  }

  @Test
  void everyQueryTurnsIntoATable() {
    Multilateral world = Toy.world();
    List<Query<?>> queries = List.of(world.members("ALLIANCE"), world.memberships("BEL"),
        world.composition("COUNCIL"), world.members("UNION").countries(), world.members("UNION").changes(),
        world.members("UNION").waves(), world.timeline("ALLIANCE"), world.events(), world.initiatives(),
        world.documents(), world.offices(), world.seats(), world.frameworks(), world.sources(),
        world.members("UNION").filter(m -> true));
    for (Query<?> q : queries) {
      Table t = q.table();
      assertEquals(q.count(), t.rows().size(), q.toString());
      assertTrue(t.rows().size() > 0, q.toString());
      assertEquals(q.toString(), t.title());
      assertEquals(q.sources().list(), t.sources(), q.toString());
    }
  }
}
