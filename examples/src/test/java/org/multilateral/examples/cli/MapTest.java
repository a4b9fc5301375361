package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Organisation;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The map command: its boundary resource, its projection, and what its maps colour, draw and say. */
class MapTest {

  private static final Multilateral WORLD = Multilateral.over(MultilateralData.bundled());
  private static final Main.Session CLI = new Main.Session(WORLD);

  private static Document svg(String... args) throws Exception {
    String[] run = CLI.run(args);
    assertEquals("0", run[0], run[2]);
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(run[1].getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagNameNS("*", name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** The drawn areas (shapes and dots) of a map: each title's name, and the fills it is drawn with. */
  private static Map<String, Set<String>> fills(Document doc) {
    Map<String, Set<String>> fills = new HashMap<>();
    for (String kind : List.of("path", "circle")) {
      for (Element e : elements(doc, kind)) {
        NodeList titles = e.getElementsByTagNameNS("*", "title");
        if (titles.getLength() > 0) {
          String title = titles.item(0).getTextContent();
          fills.computeIfAbsent(title.substring(0, title.indexOf(':')), k -> new HashSet<>())
              .add(e.getAttribute("fill"));
        }
      }
    }
    return fills;
  }

  private static String text(Document doc) {
    return elements(doc, "text").stream().map(Element::getTextContent).collect(Collectors.joining(" "));
  }

  @Test
  void theBoundaryResourceLoadsAndIsCompact() {
    Boundaries b = Boundaries.get();
    assertTrue(b.bytes() > 10_000 && b.bytes() < 300_000, "size " + b.bytes());
    assertTrue(b.statesWithShapes().size() > 150, "shapes " + b.statesWithShapes().size());
    assertTrue(b.statesWithPoints().contains(CountryCode.of("MLT")));
    assertTrue(b.territories().stream()
        .anyMatch(t -> t.name().equals("Kosovo") && t.partOf().equals(java.util.Optional.of(CountryCode.of("SCG")))));
    for (CountryCode code : b.statesWithShapes()) {
      for (Boundaries.Ring ring : b.shape(code)) {
        assertTrue(ring.size() >= 3, code + " has a ring of " + ring.size() + " points");
        for (int i = 0; i < ring.size(); i++) {
          assertTrue(Math.abs(ring.lon(i)) <= 180 && Math.abs(ring.lat(i)) <= 90, code + " point out of range");
        }
      }
    }
  }

  /** Maven filters the resources folder: the boundaries must reach the program unchanged. */
  @Test
  void theProgramCarriesTheBoundaryFileUnchanged() throws Exception {
    byte[] source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
        "src/main/resources/org/multilateral/examples/cli", Boundaries.RESOURCE));
    try (var in = Boundaries.class.getResourceAsStream(Boundaries.RESOURCE)) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(source, in.readAllBytes());
    }
    assertEquals(source.length, Boundaries.get().bytes());
  }

  @Test
  void everyStateOfTheDataCanBeDrawnByItselfOrOnItsSuccessorsTerritory() {
    Boundaries b = Boundaries.get();
    for (Country c : WORLD.dataset().countries()) {
      if (c.isHistorical()) {
        assertFalse(c.successors().isEmpty(), c + " has no successor to be drawn on");
      } else {
        assertTrue(b.has(c.code()), c + " has neither a shape nor a dot");
      }
    }
  }

  /** Every member on the first day of each year (and any other role) stands for some drawn area. */
  @Test
  void everyMemberOnEveryNewYearsDayIsDrawnSomewhere() {
    for (Organisation o : WORLD.dataset().organisations()) {
      for (int year = 1946; year <= WORLD.currentTo().getYear(); year += 3) {
        LocalDate day = LocalDate.of(year, 1, 1);
        MembersMap map = MembersMap.of(WORLD, o.id().value(), day, true);
        Set<CountryCode> drawn = map.areas().stream().flatMap(a -> a.claimants().stream())
            .map(c -> c.country().code()).collect(Collectors.toSet());
        for (Member m : WORLD.members(o.id().value()).asOf(day).anyRole().list()) {
          assertTrue(drawn.contains(m.country().code()), m.country() + " in " + o.id() + " on " + day);
        }
      }
    }
  }

  @Test
  void theProjectionIsMonotoneWithinBoundsAndEqualArea() {
    for (int lat = -89; lat <= 89; lat++) {
      double previous = -Double.MAX_VALUE;
      for (int lon = -180; lon <= 180; lon += 5) {
        double x = EqualEarth.x(lon, lat);
        assertTrue(x > previous, "x not increasing at " + lon + ", " + lat);
        assertTrue(Math.abs(x) <= EqualEarth.MAX_X + 1e-9, "x out of bounds at " + lon + ", " + lat);
        previous = x;
      }
      assertTrue(EqualEarth.y(lat + 1) > EqualEarth.y(lat), "y not increasing at " + lat);
      assertTrue(Math.abs(EqualEarth.y(lat)) < EqualEarth.MAX_Y);
      assertEquals(-EqualEarth.y(lat), EqualEarth.y(-lat), 1e-12);
    }
    // Equal area: a cell one degree square has a projected area proportional to the cosine of its latitude.
    double h = 1e-4;
    double k = cell(0, h);
    for (int lat = -80; lat <= 80; lat += 10) {
      assertEquals(k * Math.cos(Math.toRadians(lat)), cell(lat, h), k * 1e-3, "area at " + lat);
    }
  }

  /** The projected area of a small cell at {@code lat}, as the Jacobian of the projection. */
  private static double cell(double lat, double h) {
    double dxdlon = (EqualEarth.x(10 + h, lat) - EqualEarth.x(10 - h, lat)) / (2 * h);
    double dydlat = (EqualEarth.y(lat + h) - EqualEarth.y(lat - h)) / (2 * h);
    return dxdlon * dydlat;
  }

  @Test
  void nato1999ColoursExactlyItsMembers() throws Exception {
    LocalDate day = LocalDate.of(1999, 6, 1);
    Set<String> expected = WORLD.members("NATO").asOf(day).stream().map(m -> m.country().name())
        .collect(Collectors.toSet());
    Map<String, Set<String>> fills = fills(svg("map", "NATO", "--as-of", day.toString()));
    Set<String> coloured = fills.entrySet().stream().filter(e -> e.getValue().contains(MapSvg.MEMBER))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
    assertEquals(expected, coloured);
    assertEquals(WORLD.members("NATO").asOf(day).countries().count(), coloured.size());
  }

  @Test
  void un1960NamesTheSovietUnionAndColoursItsSuccessors() throws Exception {
    LocalDate day = LocalDate.of(1960, 1, 1);
    Country ussr = WORLD.country("SUN");
    assertTrue(WORLD.members("UN").asOf(day).countries().contains(ussr), "the data changed: pick another day");
    Document doc = svg("map", "UN", "--as-of", day.toString());
    assertTrue(text(doc).contains("The Soviet Union (founding member since"), text(doc));
    Map<String, Set<String>> fills = fills(doc);
    for (CountryCode successor : ussr.successors()) {
      String name = WORLD.country(successor).name();
      assertEquals(Set.of(MapSvg.MEMBER), fills.get(name), name);
    }
  }

  @Test
  void twoGermanStatesWithDifferentStatusesStripeGermany() {
    LocalDate day = LocalDate.of(1985, 1, 1);
    assertTrue(WORLD.members("NATO").asOf(day).countries().contains("DEU"));
    assertFalse(WORLD.members("NATO").asOf(day).countries().contains("DDR"));
    MembersMap map = MembersMap.of(WORLD, "NATO", day, false);
    MembersMap.Area germany = map.areas().stream().filter(a -> a.code().equals(java.util.Optional.of(
        CountryCode.of("DEU")))).findFirst().orElseThrow();
    assertEquals(MembersMap.Status.SHARED, germany.status());
    assertTrue(map.historical().stream().anyMatch(h -> h.state().code().value().equals("DDR")
        && h.shared().contains(germany.name())));
  }

  @Test
  void everyDrawnAreaHasATitleAndEveryFontIsAtLeast12Px() throws Exception {
    Document doc = svg("map", "UN", "--as-of", "1992-06-01");
    Element map = elements(doc, "svg").get(1);
    Element shapes = (Element) map.getElementsByTagNameNS("*", "g").item(0);
    List<Element> drawn = new ArrayList<>();
    for (NodeList n : List.of(shapes.getElementsByTagNameNS("*", "path"), map.getElementsByTagNameNS("*", "circle"))) {
      for (int i = 0; i < n.getLength(); i++) {
        drawn.add((Element) n.item(i));
      }
    }
    assertTrue(drawn.size() > 190, "areas drawn: " + drawn.size());
    for (Element e : drawn) {
      assertEquals(1, e.getElementsByTagNameNS("*", "title").getLength(), "a " + e.getLocalName() + " without title");
    }
    for (Element e : elements(doc, "*")) {
      if (e.hasAttribute("font-size")) {
        assertTrue(Double.parseDouble(e.getAttribute("font-size")) >= 12, "font-size " + e.getAttribute("font-size"));
      }
    }
    assertTrue(elements(doc, "script").isEmpty());
  }

  @Test
  void membersExtentZoomsIn() throws Exception {
    double[] world = viewBox(svg("map", "NATO", "--as-of", "1999-06-01"));
    double[] zoomed = viewBox(svg("map", "NATO", "--as-of", "1999-06-01", "--extent", "members"));
    assertTrue(zoomed[2] < world[2] && zoomed[3] <= world[3], "world " + world[2] + ", zoomed " + zoomed[2]);
    // The Netherlands, a member, is inside the zoomed box.
    double[] amsterdam = MapSvg.project(4.9, 52.4);
    assertTrue(amsterdam[0] > zoomed[0] && amsterdam[0] < zoomed[0] + zoomed[2]);
    assertTrue(amsterdam[1] > zoomed[1] && amsterdam[1] < zoomed[1] + zoomed[3]);
    // Alaska, a large land mass of a member, is inside; Hawaii, small islands far out, does not widen the box.
    double[] anchorage = MapSvg.project(-149.9, 61.2);
    assertTrue(anchorage[0] > zoomed[0] && anchorage[1] > zoomed[1], "Anchorage is in the box");
    double[] honolulu = MapSvg.project(-157.8, 21.3);
    assertTrue(honolulu[0] < zoomed[0], "Honolulu is west of the box: " + honolulu[0] + " < " + zoomed[0]);
  }

  /** The viewBox of the map, the nested svg. */
  private static double[] viewBox(Document doc) {
    Element inner = elements(doc, "svg").get(1);
    String[] parts = inner.getAttribute("viewBox").trim().split("\\s+");
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i]);
    }
    return box;
  }

  @Test
  void aDayOutsideTheDataSaysSoInTheCaption() throws Exception {
    LocalDate day = WORLD.currentTo().plusYears(5);
    List<String> notes = WORLD.members("NATO").asOf(day).completeness().notes();
    assertFalse(notes.isEmpty());
    String caption = text(svg("map", "NATO", "--as-of", day.toString()));
    for (String note : notes) {
      assertTrue(caption.contains(note), note);
    }
  }

  @Test
  void theTableSaysHowEachMemberIsDrawn() {
    String[] run = CLI.run("map", "UN", "--as-of", "1960-01-01", "--format", "csv");
    assertEquals("0", run[0], run[2]);
    String sun = run[1].lines().filter(l -> l.startsWith("SUN,")).findFirst().orElseThrow();
    assertTrue(sun.contains("on the territory of") && sun.contains("Russia"), sun);
    assertTrue(run[1].lines().anyMatch(l -> l.startsWith("FRA,") && l.endsWith(",shape")), run[1]);
    // Malta, a member from 1964, is too small for the world's shapes and drawn as a dot.
    String[] later = CLI.run("map", "UN", "--as-of", "1970-01-01", "--format", "csv");
    assertTrue(later[1].lines().anyMatch(l -> l.startsWith("MLT,") && l.endsWith(",dot")), later[1]);
  }

  @Test
  void aDayBeforeTheOrganisationExistedSaysSoRatherThanShowNoMembers() {
    Organisation nato = WORLD.organisation("NATO");
    LocalDate before = nato.founded().orElseThrow().earliest().minusDays(1);
    String[] run = CLI.run("map", "NATO", "--as-of", before.toString());
    assertEquals("0", run[0], run[2]);
    assertTrue(run[2].contains("did not exist yet on " + before), run[2]);
    assertTrue(run[1].contains("did not exist yet on " + before), "the caption says it too");
    assertFalse(CLI.run("map", "NATO", "--as-of", before.plusDays(1).toString())[2].contains("did not exist"));
  }

  @Test
  void aMemberOnlyPossiblyInForceIsShownAsSuchNotAsANonMember() throws Exception {
    LocalDate day = LocalDate.of(1991, 12, 15); // inside December 1991: the Soviet seat passes to Russia
    MembersMap map = MembersMap.of(WORLD, "OSCE", day, false);
    List<Member> possible = WORLD.members("OSCE").asOf(day).withPossible().stream().filter(m -> !m.isCertain())
        .toList();
    assertFalse(possible.isEmpty(), "the data has members only possibly in force that day");
    for (Member m : possible) {
      MembersMap.Claimant claimant = map.areas().stream().flatMap(a -> a.claimants().stream())
          .filter(c -> c.country().code().equals(m.country().code())).findFirst().orElseThrow();
      assertEquals(MembersMap.Status.POSSIBLE, claimant.status(), m.country().name());
    }
    String svg = CLI.run("map", "OSCE", "--as-of", "1991-12-15")[1];
    assertTrue(svg.contains("Possibly a participating state"), "the legend explains the colour");
    assertTrue(svg.contains("fill=\"" + MapSvg.POSSIBLE + "\""), "an area is drawn in it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"map NATO --as-of 1999-13-01", "map NAT0", "map NATO --extent moon",
      "map NATO --format png"})
  void badInputIsOneLineAndStatus2(String line) {
    String[] run = CLI.run(line.split(" "));
    assertEquals("2", run[0]);
    assertEquals(1, run[2].strip().lines().count(), run[2]);
    assertTrue(run[2].startsWith("multilateral: "), run[2]);
  }
}
