package org.multilateral.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;
import org.multilateral.query.internal.Escaping;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every rendering of every generated table reads back to what was put in: CSV parses back (Apache Commons CSV) to
 * the same rows, HTML is well-formed XHTML (the JDK's XML parser) with the same text, Markdown tables have the
 * same number of cells on every line and unescape to the cells, and JSON parses (strictly) to the same values and
 * source numbers. Cells and citations are drawn from the characters that break naive renderers: quotes, commas,
 * line breaks of every kind, pipes, backslashes, markup, control characters and unpaired surrogates.
 */
class TablePropertiesTest {

  private static final List<String> ATOMS = List.of("a", "Z", "7", " ", ",", ";", "\"", "'", "\n", "\r", "\r\n",
      "\t", "|", "\\", "<", ">", "&", "*", "_", "[", "]", "`", "~", "!", "#", "-", "\u00e9", "\ud83d\ude00", "\ud800",
      "\udc00", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u2028", "\u2029", "\ufffe", "&amp;", "</td>",
      "]]>", "[^1]", "\\|", "=", "+", "@", "\u001b", "\u0007", "\u202e", "\u2066", "\u200f",
      "<img src=x onerror=alert(1)>", "<script>", "=HYPERLINK(\"x\")");

  private static final List<Source> SOURCES = List.of(
      WebPage.builder().id("page-a").url(URI.create("https://example.org/a?x=1&y=2")).publisher("P & Q <x>")
          .title("Title | with \"quotes\"\nand a break").retrieved(LocalDate.of(2026, 1, 2)).tier(org.multilateral.core.SourceTier.FIRST_PARTY).build(),
      WebPage.builder().id("page-b").url(URI.create("http://example.org/b")).publisher("B")
          .title("*bold* _x_ \\ [y]").retrieved(LocalDate.of(2026, 1, 2)).tier(org.multilateral.core.SourceTier.FIRST_PARTY).build(),
      SeedExcerpt.builder().id("seed-c").file("000_cb242656d290b756.txt").excerpt("\u201cq\u201d\u2028|\\\u0001")
          .build(),
      SeedExcerpt.builder().id("seed-d").file("001_c0fb550e536e8a54.txt").excerpt("plain").build());

  private static String text(RandomnessSource in, int max) {
    StringBuilder s = new StringBuilder();
    int n = range(0, max).generate(in);
    for (int i = 0; i < n; i++) {
      s.append(pick(ATOMS).generate(in));
    }
    return s.toString();
  }

  private static String cell(RandomnessSource in, Table.ColumnType type) {
    boolean empty = range(0, 5).generate(in) == 0;
    switch (type) {
      case NUMBER:
        return empty ? "" : String.valueOf((long) range(-1_000_000, 1_000_000).generate(in) * 1_000_003L);
      case DATE:
        LocalDate day = LocalDate.of(1900, 1, 1).plusDays(range(0, 50_000).generate(in));
        String iso = day.toString();
        return empty ? "" : List.of(iso, iso.substring(0, 7), iso.substring(0, 4)).get(range(0, 2).generate(in));
      default:
        return text(in, 8);
    }
  }

  private static Table table(RandomnessSource in) {
    Table.Builder b = Table.builder(text(in, 6));
    int columns = range(1, 5).generate(in);
    List<Table.ColumnType> types = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      Table.ColumnType type = Table.ColumnType.values()[range(0, 2).generate(in)];
      types.add(type);
      b.column("c" + c + text(in, 3), type);
    }
    int rows = range(0, 6).generate(in);
    for (int r = 0; r < rows; r++) {
      List<String> cells = types.stream().map(t -> cell(in, t)).toList();
      List<Source> sources = new ArrayList<>();
      SOURCES.forEach(s -> {
        if (range(0, 2).generate(in) == 0) {
          sources.add(s);
        }
      });
      b.row(sources, cells);
    }
    for (int n = range(0, 2).generate(in); n > 0; n--) {
      b.note("N" + text(in, 5));
    }
    return b.build();
  }

  private static void check(Consumer<Table> property) {
    Gen<Table> tables = TablePropertiesTest::table;
    qt().withExamples(Histories.TRIES).forAll(tables.describedAs(t -> t.toJson())).checkAssert(property);
  }

  @Test
  void csvParsesBackToTheSameRows() {
    check(t -> {
      List<List<String>> read = new ArrayList<>();
      try {
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(t.toCsv()))) {
          read.add(r.toList());
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      List<List<String>> expected = new ArrayList<>();
      expected.add(t.header().stream().map(TablePropertiesTest::csvText).toList());
      for (Table.Row r : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.cells().size(); c++) {
          String cell = r.cells().get(c);
          cells.add(t.columns().get(c).type() == Table.ColumnType.TEXT ? csvText(cell) : cell);
        }
        expected.add(cells);
      }
      assertEquals(expected, read);
      for (List<String> row : read) {
        for (String cell : row) {
          assertTrue(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0 || cell.startsWith("'"), cell);
          assertTrue(cell.codePoints().noneMatch(Escaping::isBidiControl), "a bidi control in " + cell);
        }
      }
    });
  }

  /**
   * What a CSV text cell holds once made safe (OWASP's rule against formulas; controls other than line breaks and
   * tabs, and bidi controls, as [U+XXXX]): the oracle, written from the rule, not from the code.
   */
  private static String csvText(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E
          || cp == 0x200F || cp == 0x061C;
      if (bidi || (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) {
        out.append(String.format("[U+%04X]", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    String shown = out.toString();
    return !shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0 ? "'" + shown : shown;
  }

  /** Bidi controls as [U+XXXX], as every human-readable format shows them. */
  private static String bidiVisible(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
          || cp == 0x061C) {
        out.append(String.format("[U+%04X]", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** What an XML parser reads back from escaped text: characters XML forbids became U+FFFD. */
  private static String xmlText(String s) {
    StringBuilder out = new StringBuilder();
    bidiVisible(s).codePoints().forEach(cp -> out.appendCodePoint(Escaping.isXmlChar(cp) ? cp : 0xFFFD));
    return out.toString();
  }

  @Test
  void htmlIsWellFormedAndKeepsTheText() {
    check(t -> {
      Document doc;
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(t.toHtml())));
      } catch (Exception e) {
        throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + t.toHtml(), e);
      }
      assertEquals("section", doc.getDocumentElement().getTagName());
      assertEquals(xmlText(t.title()), doc.getElementsByTagName("caption").item(0).getTextContent());
      NodeList heads = doc.getElementsByTagName("th");
      assertEquals(t.columns().size() + 1, heads.getLength());
      for (int c = 0; c < t.columns().size(); c++) {
        assertEquals(xmlText(t.header().get(c)), heads.item(c).getTextContent());
      }
      NodeList rows = ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
      assertEquals(t.rows().size(), rows.getLength());
      for (int r = 0; r < rows.getLength(); r++) {
        NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
        Table.Row row = t.rows().get(r);
        assertEquals(row.cells().size() + 1, cells.getLength());
        for (int c = 0; c < row.cells().size(); c++) {
          assertEquals(xmlText(row.cells().get(c)), cells.item(c).getTextContent());
        }
        assertEquals(t.sourceNumbers(row).size(),
            ((Element) cells.item(row.cells().size())).getElementsByTagName("a").getLength());
      }
      assertEquals(t.sources().size(), doc.getElementsByTagName("li").getLength());
      NodeList notes = doc.getElementsByTagName("p");
      assertEquals(t.notes().size(), notes.getLength());
      for (int n = 0; n < notes.getLength(); n++) {
        assertEquals("Note: " + xmlText(t.notes().get(n)), notes.item(n).getTextContent());
      }
    });
  }

  /** The cells of one Markdown table line, split at pipes that are not escaped, without the one-space padding. */
  private static List<String> markdownCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    assertTrue(cells.get(0).isEmpty() && cells.get(cells.size() - 1).isEmpty(), line);
    return cells.subList(1, cells.size() - 1).stream().map(s -> s.substring(1, s.length() - 1)).toList();
  }

  private static String unescapeMarkdown(String s) {
    return s.replaceAll("\\\\(.)", "$1");
  }

  /** What a one-line Markdown cell shows: line breaks and control characters became spaces. */
  private static String oneLine(String s) {
    return bidiVisible(s).chars().mapToObj(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? " "
        : String.valueOf((char) c)).reduce("", String::concat);
  }

  @Test
  void markdownTablesHaveTheSameNumberOfCellsOnEveryLine() {
    check(t -> {
      List<String> lines = t.toMarkdown().lines().toList();
      int tableLines = 2 + t.rows().size();
      int expectedLines = 2 + tableLines + 2 * t.notes().size()
          + (t.sources().isEmpty() ? 0 : 1 + t.sources().size());
      assertEquals(expectedLines, lines.size(), t.toMarkdown());
      for (String line : lines.subList(2, 2 + tableLines)) {
        assertEquals(t.columns().size() + 1, markdownCells(line).size(), line);
      }
      assertEquals(t.header().stream().map(TablePropertiesTest::oneLine).toList(), markdownCells(lines.get(2))
          .subList(0, t.columns().size()).stream().map(TablePropertiesTest::unescapeMarkdown).toList());
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> cells = markdownCells(lines.get(4 + r));
        List<String> expected = t.rows().get(r).cells().stream().map(TablePropertiesTest::oneLine).toList();
        assertEquals(expected, cells.subList(0, expected.size()).stream()
            .map(TablePropertiesTest::unescapeMarkdown).toList());
        assertEquals(t.sourceNumbers(t.rows().get(r)).stream().map(n -> "[^" + n + "]").toList(),
            cells.get(expected.size()).isEmpty() ? List.of() : List.of(cells.get(expected.size()).split(" ")));
      }
      for (int s = 0; s < t.sources().size(); s++) {
        assertTrue(lines.get(lines.size() - t.sources().size() + s).startsWith("[^" + (s + 1) + "]: "));
      }
      for (int n = 0; n < t.notes().size(); n++) {
        String line = lines.get(2 + tableLines + 2 * n + 1);
        assertTrue(line.startsWith("> **Note:** "), line);
        assertEquals(oneLine(t.notes().get(n)), unescapeMarkdown(line.substring("> **Note:** ".length())));
      }
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonParsesBackToTheSameValuesAndSources() {
    check(t -> {
      String json = t.toJson();
      assertTrue(json.chars().noneMatch(c -> c == '\u2028' || c == '\u2029' || (c < 0x20 && c != '\n')),
          "an unescaped line separator or control character");
      assertTrue(surrogatesArePaired(json), "an unescaped unpaired surrogate");
      Map<String, Object> doc = (Map<String, Object>) StrictJson.parse(json);
      assertEquals(t.title(), doc.get("title"));
      List<Object> rows = (List<Object>) doc.get("rows");
      assertEquals(t.rows().size(), rows.size());
      for (int r = 0; r < rows.size(); r++) {
        Map<String, Object> row = (Map<String, Object>) rows.get(r);
        Table.Row expected = t.rows().get(r);
        List<String> keys = new ArrayList<>(t.header());
        keys.add(Table.SOURCES);
        assertEquals(keys, List.copyOf(row.keySet()));
        for (int c = 0; c < t.columns().size(); c++) {
          String cell = expected.cells().get(c);
          Object value = row.get(t.header().get(c));
          switch (t.columns().get(c).type()) {
            case NUMBER -> assertEquals(cell.isEmpty() ? null : Long.valueOf(cell), value);
            case DATE -> assertEquals(cell.isEmpty() ? null : cell, value);
            default -> assertEquals(cell, value);
          }
        }
        assertEquals(t.sourceNumbers(expected).stream().map(Long::valueOf).toList(), row.get(Table.SOURCES));
      }
      assertEquals(t.notes(), doc.get("notes"));
      List<Object> sources = (List<Object>) doc.get("sources");
      assertEquals(t.sources().size(), sources.size());
      for (int s = 0; s < sources.size(); s++) {
        Map<String, Object> source = (Map<String, Object>) sources.get(s);
        assertEquals((long) s + 1, source.get("number"));
        assertEquals(t.sources().get(s).id(), source.get("id"));
        assertEquals(t.sources().get(s).citation(), source.get("citation"));
        assertEquals(t.sources().get(s).tier().id(), source.get("tier"));
      }
    });
  }

  private static boolean surrogatesArePaired(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void alignedTextHasOneLinePerRowAndNoControlCharacters() {
    check(t -> {
      String text = t.toText();
      assertEquals(t.rows().size() + 2, text.lines().count());
      assertTrue(text.chars().noneMatch(c -> c != '\n' && (Character.isISOControl(c) || c == '\u2028'
          || c == '\u2029' || Escaping.isBidiControl(c))));
    });
  }

  @Test
  void noHumanReadableFormatCarriesABidiControl() {
    check(t -> {
      for (String out : List.of(t.toText(), t.toMarkdown(), t.toHtml(), t.toCsv())) {
        assertTrue(out.codePoints().noneMatch(Escaping::isBidiControl), out);
      }
    });
  }

  /**
   * Markdown goes through a real CommonMark renderer (commonmark-java, with its tables extension) that passes raw
   * HTML through, as many viewers do: no cell, title, note or citation may become an HTML element there.
   */
  @Test
  void markdownRendersWithoutAnyRawHtml() {
    org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder()
        .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
    check(t -> {
      org.commonmark.node.Node document = parser.parse(t.toMarkdown());
      List<String> raw = new ArrayList<>();
      document.accept(new org.commonmark.node.AbstractVisitor() {
        @Override
        public void visit(org.commonmark.node.HtmlInline html) {
          raw.add(html.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.HtmlBlock html) {
          raw.add(html.getLiteral());
        }
      });
      assertEquals(List.of(), raw, t.toMarkdown());
      String html = org.commonmark.renderer.html.HtmlRenderer.builder()
          .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build().render(document);
      assertFalse(html.contains("<img") || html.contains("<script"), html);
    });
  }
}
