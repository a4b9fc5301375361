package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multilateral.core.Country;
import org.multilateral.core.DatePrecision;
import org.multilateral.core.Episode;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.Spell;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.multilateral.query.UnknownIdException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The country chart measured against the data (one row per organisation and role, bar extents computed from the
 * spells' dates and the chart's own axis, fuzzy edges exactly where a date is imprecise, episodes marked), the
 * organisation report, the static site's links, and the command's one-line errors.
 */
class ReportTest {

  private static final Multilateral WORLD = Multilateral.over(MultilateralData.bundled());
  /**
   * The SVG writes x with three decimals: well under the width of a day (about 0.03 px on an eighty-year axis),
   * so that a bar one day off fails.
   */
  private static final double TOLERANCE = 0.006;

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
        text.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Node root, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList all = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root)
        .getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }

  private static List<Element> withClass(Node root, String cssClass) {
    List<Element> out = new ArrayList<>();
    collect(root, cssClass, out);
    return out;
  }

  private static void collect(Node node, String cssClass, List<Element> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
          out.add(e);
        }
        collect(e, cssClass, out);
      }
    }
  }

  private static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** The chart's axis, read from its labelled year ticks: the x of the first instant of a day. */
  private record Axis(LocalDate firstTick, double firstX, double perDay) {
    static Axis of(Document svg) {
      List<Element> ticks = withClass(svg, "tick");
      assertTrue(ticks.size() >= 2, "the axis has labelled ticks");
      Element first = ticks.get(0);
      Element last = ticks.get(ticks.size() - 1);
      LocalDate a = LocalDate.of(Integer.parseInt(first.getAttribute("data-year")), 1, 1);
      LocalDate b = LocalDate.of(Integer.parseInt(last.getAttribute("data-year")), 1, 1);
      double perDay = (number(last, "x1") - number(first, "x1")) / (b.toEpochDay() - a.toEpochDay());
      return new Axis(a, number(first, "x1"), perDay);
    }

    double x(LocalDate day) {
      return firstX + (day.toEpochDay() - firstTick.toEpochDay()) * perDay;
    }
  }

  private static List<Membership> memberships(Country country) {
    return WORLD.dataset().memberships().stream().filter(m -> m.country().equals(country.code())).toList();
  }

  private static String key(String organisation, String role, String framework) {
    return organisation + "/" + role + "/" + framework;
  }

  private static String key(Membership m) {
    return key(m.organisation().value(), m.role().id(), m.framework().orElse(""));
  }

  private static Map<String, Element> rowsByKey(Document svg) {
    Map<String, Element> rows = new HashMap<>();
    for (Element row : withClass(svg, "row")) {
      Element previous = rows.put(key(row.getAttribute("data-organisation"), row.getAttribute("data-role"),
          row.getAttribute("data-framework")), row);
      assertEquals(null, previous, "one row per organisation and role");
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"BEL", "FRA", "GBR", "DEU", "DDR", "RUS", "SUN", "FIN"})
  void theChartHasARowPerRoleAndBarsWhereTheSpellsAre(String code) throws Exception {
    Country country = WORLD.country(code);
    Document svg = xml(CountryLifeSvg.render(WORLD, country));
    Axis axis = Axis.of(svg);
    Map<String, Element> rows = rowsByKey(svg);
    List<Membership> memberships = memberships(country);
    assertEquals(memberships.stream().map(ReportTest::key).collect(java.util.stream.Collectors.toSet()),
        rows.keySet());
    for (Membership m : memberships) {
      List<Element> segments = withClass(rows.get(key(m)), "segment");
      assertEquals(m.spells().size(), segments.size(), m.label());
      for (int i = 0; i < segments.size(); i++) {
        Spell spell = m.spells().get(i);
        Element segment = segments.get(i);
        String where = m.label() + " " + spell;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Element rect : elements(segment, "rect")) {
          left = Math.min(left, number(rect, "x"));
          right = Math.max(right, number(rect, "x") + number(rect, "width"));
        }
        assertEquals(axis.x(spell.start().earliest()), left, TOLERANCE, where + ": left edge");
        LocalDate after = spell.end().map(e -> e.latest().plusDays(1)).orElse(WORLD.currentTo().plusDays(1));
        assertEquals(axis.x(after), right, TOLERANCE, where + ": right edge");
        assertEquals(spell.start().precision() != DatePrecision.DAY, !withClass(segment, "fade-start").isEmpty(),
            where + ": a fuzzy start exactly when the start is not known to the day");
        assertEquals(spell.end().isPresent() && !spell.end().get().isExact(),
            !withClass(segment, "fade-end").isEmpty(), where + ": a fuzzy end exactly when the end is imprecise");
        assertEquals(spell.isOngoing(), !withClass(segment, "ongoing").isEmpty(), where + ": arrow when ongoing");
        Element title = (Element) segment.getElementsByTagName("title").item(0);
        assertTrue(title != null && title.getParentNode() == segment, where + ": the segment has a title");
        assertTrue(title.getTextContent().contains(spell.start() + " (" + spell.start().precision().id() + ")"),
            where + ": the title gives the start and its precision: " + title.getTextContent());
      }
    }
  }

  @Test
  void fuzzyEdgesAreDrawnForMonthAndYearPreciseDates() throws Exception {
    // Not vacuous: Russia's OSCE seat starts in 1991-12, Finland's Partnership for Peace in 1994.
    for (String code : List.of("RUS", "FIN", "SUN")) {
      Country country = WORLD.country(code);
      long imprecise = memberships(country).stream().flatMap(m -> m.spells().stream())
          .filter(s -> !s.start().isExact() || s.end().isPresent() && !s.end().get().isExact()).count();
      assertTrue(imprecise > 0, code);
      Document svg = xml(CountryLifeSvg.render(WORLD, country));
      int fades = withClass(svg, "fade-start").size() + withClass(svg, "fade-end").size();
      assertTrue(fades >= imprecise, code + ": " + fades + " fades for " + imprecise + " imprecise spells");
    }
  }

  @Test
  void franceOutsideNatosIntegratedCommandIsMarkedWhereTheEpisodeIs() throws Exception {
    Country france = WORLD.country("FRA");
    Membership nato = memberships(france).stream().filter(m -> m.organisation().value().equals("NATO"))
        .findFirst().orElseThrow();
    Episode episode = nato.episodes().stream().filter(e -> e.kind().equals("outside-integrated-military-command"))
        .findFirst().orElseThrow();
    Document svg = xml(CountryLifeSvg.render(WORLD, france));
    Axis axis = Axis.of(svg);
    List<Element> marked = withClass(rowsByKey(svg).get(key(nato)), "episode");
    assertEquals(nato.episodes().size(), marked.size());
    Element hatch = elements(marked.get(0), "rect").get(0);
    assertEquals(episode.kind(), marked.get(0).getAttribute("data-kind"));
    assertEquals(axis.x(episode.start().earliest()), number(hatch, "x"), TOLERANCE);
    assertEquals(axis.x(episode.end().orElseThrow().latest().plusDays(1)),
        number(hatch, "x") + number(hatch, "width"), TOLERANCE);
    String words = String.join(" ", elements(svg, "text").stream().map(Node::getTextContent).toList());
    assertTrue(words.contains(episode.start() + " to " + episode.end().orElseThrow()), words);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"DDR", "SUN", "DEU", "BEL"})
  void aHistoricalStatesEndIsDrawnAndItsSuccessorsNamed(String code) throws Exception {
    Country country = WORLD.country(code);
    Document svg = xml(CountryLifeSvg.render(WORLD, country));
    List<Element> ended = withClass(svg, "state-ended");
    String words = String.join(" ", elements(svg, "text").stream().map(Node::getTextContent).toList());
    assertEquals(country.ended().isPresent(), !ended.isEmpty(), "a line exactly for a state that ended");
    if (country.ended().isPresent()) {
      assertEquals(Axis.of(svg).x(country.ended().get().latest().plusDays(1)), number(ended.get(0), "x1"),
          TOLERANCE);
      for (var successor : country.successors()) {
        assertTrue(words.contains(WORLD.country(successor).name()), words);
      }
    }
    WORLD.dataset().countries().stream().filter(c -> c.successors().contains(country.code()))
        .forEach(predecessor -> assertTrue(words.contains("Predecessor state: " + predecessor.name()), words));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"BEL", "RUS", "DEU"})
  void textIsAtLeastTwelvePixelsAndRowLabelsDoNotOverlap(String code) throws Exception {
    Document svg = xml(CountryLifeSvg.render(WORLD, WORLD.country(code)));
    assertEquals("12", svg.getDocumentElement().getAttribute("font-size"));
    for (Element text : elements(svg, "text")) {
      String size = text.getAttribute("font-size");
      assertTrue(size.isEmpty() || Double.parseDouble(size) >= 12, text.getTextContent());
    }
    List<Element> labels = withClass(svg, "row-label");
    double plotLeft = number(withClass(svg, "axis").get(0), "x1");
    for (int i = 0; i < labels.size(); i++) {
      Element label = labels.get(i);
      // A generous 7.5 px a character at 12 px: the label ends before the plot begins.
      assertTrue(number(label, "x") + label.getFirstChild().getTextContent().length() * 7.5 <= plotLeft + 1,
          label.getTextContent());
      if (i > 0) {
        assertTrue(number(label, "y") - number(labels.get(i - 1), "y") >= 16, "rows at least 16 px apart");
      }
    }
  }

  @Test
  void theNatoReportNamesEveryCurrentMember() throws Exception {
    Main.Session session = new Main.Session(WORLD);
    String[] md = session.run("report", "NATO");
    assertEquals("0", md[0], md[2]);
    String[] html = session.run("report", "NATO", "--format", "html");
    assertEquals("0", html[0], html[2]);
    xml(html[1]);
    List<Member> members = WORLD.members("NATO").list();
    assertTrue(members.size() > 30);
    for (Member member : members) {
      String row = "| " + member.country().code() + " | " + member.country().name() + " |";
      assertTrue(md[1].contains(row), row);
      assertTrue(html[1].contains("<td>" + member.country().code() + "</td>"), member.country().name());
    }
    assertTrue(md[1].contains("## Enlargement waves") && md[1].contains("## Summits and events")
        && md[1].contains("## Office holders") && md[1].contains("## Partners on "), md[1]);
    assertTrue(html[1].contains("<svg"), "the chart is inline");
  }

  @Test
  void everyWebPageCitedInAnHtmlReportIsALink() {
    String[] html = new Main.Session(WORLD).run("report", "BEL", "--format", "html");
    assertEquals("0", html[0], html[2]);
    List<org.multilateral.core.WebPage> pages = WORLD.memberships("BEL").stream()
        .flatMap(m -> m.membership().sources().stream())
        .filter(src -> src instanceof org.multilateral.core.WebPage).map(src -> (org.multilateral.core.WebPage) src)
        .toList();
    assertFalse(pages.isEmpty());
    for (org.multilateral.core.WebPage page : pages) {
      String url = org.multilateral.query.internal.Escaping.html(page.url().toString());
      assertTrue(html[1].contains("<a href=\"" + url + "\">" + url + "</a>"), url);
    }
  }

  @Test
  void theCouncilsElectedTermsAreNotCalledEnlargements() {
    String[] md = new Main.Session(WORLD).run("report", "UNSC");
    assertEquals("0", md[0], md[2]);
    assertTrue(md[1].contains("## Seats taken, by date") && md[1].contains("## Seats left, by date"), md[1]);
    assertFalse(md[1].contains("## Enlargement waves") || md[1].contains("## Departures"), md[1]);
  }

  @Test
  void noOrganisationIsAlsoACountryAndTheRuleIsStatedWhenOneIs(@TempDir Path dir) throws Exception {
    for (Organisation o : WORLD.dataset().organisations()) {
      List<String> texts = new ArrayList<>(o.aliases());
      texts.addAll(List.of(o.id().value(), o.name(), o.frenchName()));
      for (String text : texts) {
        assertThrows(UnknownIdException.class, () -> WORLD.countryMatch(text), text);
      }
    }
    // A user's data file can make a clash: the organisation wins, with a note, and the code finds the country.
    Path file = dir.resolve("clash.json");
    Files.writeString(file, "{\n"
        + "  \"sources\": {\"my-note\": {\"url\": \"https://www.example.org/note\", \"publisher\": \"Me\","
        + " \"title\": \"Note\", \"retrieved\": \"2026-11-22\", \"tier\": \"secondary\"}},\n"
        + "  \"countries\": [{\"alpha3\": \"XOT\", \"alpha2\": \"XO\", \"numeric\": \"998\", \"name\": \"Otan\","
        + " \"sources\": [\"my-note\"]}]\n"
        + "}\n");
    Main.Session session = new Main.Session(Multilateral.over(MultilateralData.bundledWith(file)));
    String[] run = session.run("report", "otan");
    assertEquals("0", run[0], run[2]);
    assertTrue(run[1].startsWith("# North Atlantic Treaty Organization (NATO)"), run[1]);
    assertTrue(run[2].contains("names both the organisation NATO and the country Otan (XOT)"), run[2]);
    String[] country = session.run("report", "XOT");
    assertEquals("0", country[0], country[2]);
    assertTrue(country[1].startsWith("# Otan in multilateral cooperation"), country[1]);
  }

  @Test
  void markdownWithOutWritesTheChartBesideTheReport(@TempDir Path dir) throws Exception {
    Main.Session session = new Main.Session(WORLD);
    String[] plain = session.run("report", "BEL");
    assertFalse(plain[1].contains("!["), "Markdown on standard output has no chart");
    Path out = dir.resolve("reports");
    String[] run = session.run("report", "BEL", "--out", out.toString());
    assertEquals("0", run[0], run[2]);
    assertEquals("", run[1]);
    String md = Files.readString(out.resolve("BEL.md"));
    assertTrue(md.contains("](BEL.svg)"), md);
    Document svg = xml(Files.readString(out.resolve("BEL.svg")));
    assertEquals(memberships(WORLD.country("BEL")).size(), withClass(svg, "row").size());
    assertEquals(plain[1].lines().skip(2).toList(), md.lines().skip(4).toList(), "the same report, with an image");
  }

  @Test
  void theSiteHasAPagePerOrganisationAndCountryAndEveryLinkResolves(@TempDir Path dir) throws Exception {
    String[] run = new Main.Session(WORLD).run("report", "--all", "--out", dir.toString());
    assertEquals("0", run[0], run[2]);
    List<Path> pages = new ArrayList<>();
    pages.add(dir.resolve("index.html"));
    WORLD.dataset().organisations().forEach(o -> pages.add(dir.resolve("org/" + o.id().value() + ".html")));
    WORLD.dataset().countries().forEach(c -> pages.add(dir.resolve("country/" + c.code().value() + ".html")));
    try (Stream<Path> written = Files.walk(dir)) {
      assertEquals(Set.copyOf(pages), written.filter(Files::isRegularFile).collect(
          java.util.stream.Collectors.toSet()), "a page per organisation and per country, and an index");
    }
    Map<Path, Set<String>> ids = new HashMap<>();
    Map<Path, List<String>> hrefs = new HashMap<>();
    for (Path page : pages) {
      Document html = xml(Files.readString(page));
      Set<String> pageIds = new HashSet<>();
      collectIds(html.getDocumentElement(), pageIds);
      ids.put(page, pageIds);
      hrefs.put(page, elements(html, "a").stream().map(a -> a.getAttribute("href")).toList());
    }
    int links = 0;
    for (Path page : pages) {
      for (String href : hrefs.get(page)) {
        if (href.startsWith("https://") || href.startsWith("http://")) {
          continue; // a cited web page, outside the site
        }
        assertFalse(href.isEmpty() || href.startsWith("/") || href.contains(":"), page + ": " + href);
        int hash = href.indexOf('#');
        Path target = hash == 0 ? page : page.getParent().resolve(hash < 0 ? href : href.substring(0, hash))
            .normalize();
        assertTrue(ids.containsKey(target), page + " links to " + href + ", which is no page of the site");
        if (hash >= 0) {
          assertTrue(ids.get(target).contains(href.substring(hash + 1)), page + ": no id for " + href);
        }
        links++;
      }
    }
    assertTrue(links > 5000, "links checked: " + links);
    List<String> nato = hrefs.get(dir.resolve("org/NATO.html"));
    assertTrue(nato.contains("../country/BEL.html"), "a member's row links to its page");
    assertTrue(hrefs.get(dir.resolve("country/BEL.html")).contains("../org/NATO.html"),
        "a country's organisation rows link to the organisation's page");
    String index = Files.readString(dir.resolve("index.html"));
    assertTrue(index.contains(WORLD.dataset().version()) && index.contains(WORLD.currentTo().toString()));
  }

  private static void collectIds(Element element, Set<String> ids) {
    if (!element.getAttribute("id").isEmpty()) {
      assertTrue(ids.add(element.getAttribute("id")), "ids are unique on a page: " + element.getAttribute("id"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collectIds(e, ids);
      }
    }
  }

  @Test
  void badInputIsOneLineAndAnUnwritableFolderTooWithItsOwnStatus(@TempDir Path dir) throws Exception {
    Main.Session session = new Main.Session(WORLD);
    String[] unknown = session.run("report", "NAT0");
    assertEquals("2", unknown[0]);
    assertEquals("multilateral: unknown organisation or country 'NAT0'; did you mean NATO", unknown[2].strip()
        .replaceAll("[,?].*", ""));
    Path file = dir.resolve("a-file");
    Files.writeString(file, "not a folder");
    for (String[] args : List.of(new String[] {"report", "BEL", "--out", file.toString()},
        new String[] {"report", "--all", "--out", file.resolve("site").toString()})) {
      String[] run = session.run(args);
      assertEquals("1", run[0], String.join(" ", args));
      List<String> lines = run[2].lines().toList();
      assertEquals(1, lines.size(), run[2]);
      assertTrue(lines.get(0).startsWith("multilateral: cannot write " + file), lines.get(0));
    }
    for (String[] args : List.of(new String[] {"report"}, new String[] {"report", "--all"},
        new String[] {"report", "BEL", "--all", "--out", dir.toString()})) {
      String[] run = session.run(args);
      assertEquals("2", run[0], String.join(" ", args));
      assertEquals(1, run[2].lines().count(), run[2]);
    }
  }
}
