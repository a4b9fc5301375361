package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.multilateral.dataset.MultilateralData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multilateral.examples.cli.Main;

/** The CLI end to end, in process: output, exit status, and one line on stderr for every kind of bad input. */
class CliTest {

  record Run(int status, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  static List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
        .getRecords();
  }

  @Test
  void membersAsCsvHasTheDocumentedHeaderAndTheAlliesOf1999() throws Exception {
    Run run = cli("members", "NATO", "--as-of", "1999-06-01", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("iso3,iso2,name,role,start,end,certainty"), run.out());
    List<CSVRecord> rows = csv(run.out());
    assertEquals(19, rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.get("iso3").equals("DEU") && r.get("start").equals("1955-05-06")));
    assertTrue(rows.stream().allMatch(r -> r.get("certainty").equals("certain")));
  }

  @Test
  void theUnitedKingdomLeftTheEuAfter31January2020() throws Exception {
    assertTrue(csv(cli("members", "eu", "--as-of", "2020-01-31", "--format", "csv").out()).stream()
        .anyMatch(r -> r.get("iso3").equals("GBR") && r.get("end").equals("2020-01-31")));
    assertFalse(csv(cli("members", "eu", "--as-of", "2020-02-01", "--format", "csv").out()).stream()
        .anyMatch(r -> r.get("iso3").equals("GBR")));
  }

  @Test
  void setAlgebraKeepsTheMembersColumns() throws Exception {
    Run run = cli("members", "EU", "--as-of", "2024-06-01", "--not", "NATO", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("IRL", "AUT", "CYP", "MLT"), csv(run.out()).stream().map(r -> r.get("iso3")).toList());
    Run both = cli("members", "EU", "--as-of", "2024-06-01", "--and", "NATO", "--format", "csv");
    assertEquals(23, csv(both.out()).size());
  }

  @Test
  void jsonItemsCarryTheirSources() {
    Run run = cli("members", "NATO", "--format", "json");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\"sources\""), run.out());
    assertTrue(run.out().contains("nato.int"), run.out());
  }

  @Test
  void theCouncilIn2020HadFifteenMembersAndBelgiumWasOne() throws Exception {
    List<CSVRecord> rows = csv(cli("council", "--as-of", "2020-06-01", "--format", "csv").out());
    assertEquals(15, rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.get("iso3").equals("BEL")));
  }

  @Test
  void membershipsTakeAnyCountryCodeOrName() {
    String byName = cli("memberships", "Belgium", "--format", "csv").out();
    assertEquals(byName, cli("memberships", "BE", "--format", "csv").out());
    assertEquals(byName, cli("memberships", "bel", "--format", "csv").out());
    assertTrue(byName.contains("NATO") && byName.contains("UN"), byName);
  }

  @Test
  void changesNameWhoJoinedAndWhoLeft() {
    Run run = cli("changes", "EU", "--from", "2020-01-01", "--to", "2020-12-31", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("GBR"), run.out());
  }

  @Test
  void theTimelineChartIsWellFormedSvgWithOneMarkPerWave() throws Exception {
    Run run = cli("timeline", "NATO", "--format", "svg");
    assertEquals(0, run.status(), run.err());
    org.w3c.dom.Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", svg.getDocumentElement().getNodeName());
    int waves = csv(cli("timeline", "NATO", "--format", "csv").out()).size();
    assertEquals(waves, svg.getElementsByTagName("circle").getLength());
    assertEquals(11, waves);
  }

  @Test
  void aChartOfAnIncompleteAnswerCarriesItsNotesInTheDrawing() throws Exception {
    Run run = cli("timeline", "UN", "--format", "svg");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().startsWith("multilateral: note: "), run.err());
    org.w3c.dom.Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    org.w3c.dom.NodeList texts = svg.getElementsByTagName("text");
    StringBuilder drawn = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      drawn.append(texts.item(i).getTextContent()).append(' ');
    }
    String note = run.err().substring("multilateral: note: ".length()).strip();
    String words = drawn.toString().replaceAll("\\s+", " ");
    assertTrue(words.contains("Note: " + note), "the chart's text holds the note: " + note);
  }

  @Test
  void theBelgianReportIsWellFormedHtmlWithNumberedSources() throws Exception {
    Run run = cli("report", "BEL", "--format", "html");
    assertEquals(0, run.status(), run.err());
    String xml = run.out().replace("<!DOCTYPE html>", "");
    org.w3c.dom.Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertTrue(html.getElementsByTagName("li").getLength() > 3);
    assertTrue(run.out().contains("Security Council") && run.out().contains("2019-01-01"), run.out());
    assertTrue(run.out().contains("SHAPE"), "the report names the seats Belgium hosts");
  }

  @Test
  void theMarkdownReportHasAFootnoteForEveryReference() {
    String md = cli("report", "BEL").out();
    java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(md);
    java.util.Set<String> referenced = new java.util.TreeSet<>();
    while (refs.find()) {
      referenced.add(refs.group(1));
    }
    java.util.regex.Matcher notes = java.util.regex.Pattern.compile("(?m)^\\[\\^(\\d+)\\]: ").matcher(md);
    java.util.Set<String> footnotes = new java.util.TreeSet<>();
    while (notes.find()) {
      footnotes.add(notes.group(1));
    }
    // Not vacuous: the report cites many sources, and references and footnotes are the same set.
    assertTrue(referenced.size() > 10, "references: " + referenced);
    assertEquals(referenced, footnotes);
  }

  @Test
  void versionPrintsTheProgramAndDataVersions() {
    Run run = cli("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("multilateral 0."), "the build's version, not a placeholder: " + run.out());
    assertTrue(run.out().contains("data " + MultilateralData.version() + ", current to "
        + MultilateralData.currentTo()), run.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "members NAT0|unknown organisation 'NAT0'; did you mean NATO?",
      "memberships Belgum|unknown country 'Belgum'; did you mean Belgium?",
      "members NATO --as-of 1999-13-01|bad date '1999-13-01': expected YYYY-MM-DD",
      "members NATO --format xml|Invalid value for option '--format': expected one of [text, csv, json, markdown,"
          + " html] (case-insensitive) but was 'xml'",
      "members NATO --role king|unknown role 'king'",
      "changes EU --from 2020-01-01 --to|Missing required parameter for option '--to' (DATE)",
      "changes EU --from 2021-01-01 --to 2020-01-01|--to 2020-01-01 is before --from 2021-01-01",
      "members|Missing required parameter: 'ORG'",
      "frobnicate|unknown command 'frobnicate'; the commands are: organisations, members,",
      "members NATO --format svg|expected one of [text, csv, json, markdown, html] (case-insensitive) but was 'svg'",
      "report BEL --format csv|expected one of [markdown, html] (case-insensitive) but was 'csv'",
      "example Nope|unknown example 'Nope'; expected one of: NatoOnADay, EuOutsideNato, AllianceAgenda",
      "members NATO --certain-only --possible|--certain-only and --possible exclude each other",
      "members NATO --data /no/such/file.json|/no/such/file.json: $: no such file"})
  void badInputIsOneLineOnStderrAndStatusTwo(String args, String expected) {
    Run run = cli(args.split(" "));
    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("multilateral: "), lines.get(0));
    assertTrue(lines.get(0).contains(expected), lines.get(0));
    assertFalse(run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void aUserDataFileAddsFactsOnTopOfTheBundledData(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, "{\n"
        + "  \"sources\": {\"my-note\": {\"url\": \"https://www.example.org/note\", \"publisher\": \"Me\","
        + " \"title\": \"Note\", \"retrieved\": \"2026-11-22\", \"tier\": \"secondary\"}},\n"
        + "  \"organisations\": [{\"id\": \"BENELUX\", \"name\": \"Benelux Union\", \"nameFr\": \"Union Benelux\","
        + " \"kind\": \"intergovernmental-organisation\", \"sources\": [\"my-note\"]}],\n"
        + "  \"memberships\": [{\"country\": \"BEL\", \"organisation\": \"BENELUX\", \"role\": \"founding-member\","
        + " \"spells\": [{\"from\": \"1958-02-03\", \"fromKind\": \"signed\"}], \"sources\": [\"my-note\"]}]\n"
        + "}\n");
    Run run = cli("members", "BENELUX", "--data", file.toString(), "--format", "csv");
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("BEL"), csv(run.out()).stream().map(r -> r.get("iso3")).toList());
  }

  @Test
  void aBrokenUserDataFileNamesTheFileLineColumnAndPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\n  \"memberships\": [\n    {\"country\": \"XYZ\"}\n  ]\n}\n");
    Run run = cli("members", "NATO", "--data", file.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("multilateral: " + file + ":3:"), run.err());
    assertTrue(run.err().contains("$.memberships[0]"), run.err());
  }

  @Test
  void whatAUserTypedCannotDriveTheTerminal() {
    Run run = cli("members", "NA\u001b[31mTO\u202e");
    assertEquals(2, run.status());
    assertEquals("multilateral: unknown organisation 'NA[U+001B][31mTO[U+202E]'", run.err().strip());
    assertFalse(run.err().chars().anyMatch(c -> c == 0x1b || c == 0x202e));
  }
}
