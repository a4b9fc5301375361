package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Wave;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The chart of members over time, read back as a reader's program would: parsed with the JDK's XML parser, its
 * steps turned back into counts through its own axis ticks and compared with the query API's counts.
 */
class MembershipChartSvgTest {

  private static final Multilateral WORLD = Multilateral.over(MultilateralData.bundled());

  record Run(int status, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), WORLD);
    return new Run(status, out.toString(), err.toString());
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Node root, String tag) {
    NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag)
        : ((Element) root).getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** A step as drawn: its day and count attributes, and the path's x and y of the new count. */
  record Drawn(LocalDate day, int count, double x, double y, String title) {}

  private static final Pattern PATH = Pattern.compile("M([\\d.]+) ([\\d.]+)V([\\d.]+)H([\\d.]+)");

  private static List<Drawn> steps(Document svg, String series) {
    List<Drawn> out = new ArrayList<>();
    for (Element g : elements(svg, "g")) {
      if (g.getAttribute("class").equals("series") && g.getAttribute("data-series").equals(series)) {
        for (Element step : elements(g, "g")) {
          Matcher m = PATH.matcher(elements(step, "path").get(1).getAttribute("d"));
          assertTrue(m.matches(), step.getAttribute("data-day"));
          List<Element> titles = elements(step, "title");
          out.add(new Drawn(LocalDate.parse(step.getAttribute("data-day")),
              Integer.parseInt(step.getAttribute("data-count")), Double.parseDouble(m.group(1)),
              Double.parseDouble(m.group(3)), titles.isEmpty() ? "" : titles.get(0).getTextContent()));
        }
      }
    }
    return out;
  }

  /** The ticks of class {@code cls}: value to position ({@code x} or the baseline {@code y} less 4). */
  private static TreeMap<Integer, Double> ticks(Document svg, String cls, String axis) {
    TreeMap<Integer, Double> ticks = new TreeMap<>();
    for (Element t : elements(svg, "text")) {
      if (t.getAttribute("class").equals(cls)) {
        ticks.put(Integer.parseInt(t.getTextContent().strip()), num(t, axis) - (axis.equals("y") ? 4 : 0));
      }
    }
    return ticks;
  }

  @ParameterizedTest
  @ValueSource(strings = {"NATO", "UN", "UNSC", "EU", "OSCE"})
  void theDrawnStepsAreTheQueryCountsOnEveryDaySampled(String org) throws Exception {
    Run run = cli("chart", org, "--format", "svg");
    assertEquals(0, run.status(), run.err());
    Document svg = parse(run.out());
    List<Drawn> steps = steps(svg, "members");
    assertTrue(steps.size() > 3, org + " has steps");
    assertTrue(steps.stream().noneMatch(s -> s.day().isAfter(WORLD.currentTo())), "nothing after the data's day");
    // The axes, from their own tick labels: counts on y, years (1 January) on x.
    TreeMap<Integer, Double> y = ticks(svg, "y-tick", "y");
    TreeMap<Integer, Double> x = ticks(svg, "x-tick", "x");
    double perCount = (y.firstEntry().getValue() - y.lastEntry().getValue()) / (y.lastKey() - y.firstKey());
    LocalDate firstTick = LocalDate.of(x.firstKey(), 1, 1);
    double perDay = (x.lastEntry().getValue() - x.firstEntry().getValue())
        / java.time.temporal.ChronoUnit.DAYS.between(firstTick, LocalDate.of(x.lastKey(), 1, 1));
    for (Drawn s : steps) {
      assertEquals(s.count(), (y.firstEntry().getValue() - s.y()) / perCount + y.firstKey(), 0.05,
          org + " " + s.day() + ": the line is drawn at the count");
      double expectedX = x.firstEntry().getValue()
          + java.time.temporal.ChronoUnit.DAYS.between(firstTick, s.day()) * perDay;
      assertEquals(expectedX, s.x(), 0.15, org + " " + s.day() + ": the step is drawn on its day");
    }
    // Sampled days: twice a year, and each step's day and the day before it.
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = steps.get(0).day().withDayOfYear(1); !d.isAfter(WORLD.currentTo()); d = d.plusMonths(6)) {
      days.add(d);
    }
    steps.forEach(s -> {
      days.add(s.day());
      days.add(s.day().minusDays(1));
    });
    for (LocalDate day : days) {
      int drawn = 0;
      for (Drawn s : steps) {
        if (!s.day().isAfter(day)) {
          drawn = s.count();
        }
      }
      assertEquals(WORLD.members(org).asOf(day).count(), drawn, org + " on " + day);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"NATO", "UN", "UNSC", "EU", "OSCE"})
  void everyStepHasATitleNamingItsDay(String org) throws Exception {
    Document svg = parse(MembershipChartSvg.svg(WORLD, org));
    assertEquals("svg", svg.getDocumentElement().getNodeName());
    assertTrue(num(svg.getDocumentElement(), "width") >= 960 && num(svg.getDocumentElement(), "height") >= 540);
    int steps = 0;
    for (Element g : elements(svg, "g")) {
      if (g.getAttribute("class").equals("step")) {
        steps++;
        List<Element> titles = elements(g, "title");
        assertEquals(1, titles.size(), org + " " + g.getAttribute("data-day"));
        String title = titles.get(0).getTextContent();
        assertTrue(title.startsWith(g.getAttribute("data-day")) || title.contains(g.getAttribute("data-day")),
            title);
        assertTrue(title.contains(" joined: ") || title.contains(" left: ") || title.contains("seat passes from "),
            "the title names who joined or left: " + title);
      }
    }
    assertTrue(steps > 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NATO", "UN", "UNSC", "EU", "OSCE"})
  void noTwoTextsOverlapAndNoLabelCrossesALine(String org) throws Exception {
    Document svg = parse(MembershipChartSvg.svg(WORLD, org));
    List<MembershipChartSvg.Box> boxes = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Element t : elements(svg, "text")) {
      double size = t.hasAttribute("font-size") ? num(t, "font-size") : MembershipChartSvg.FONT;
      assertTrue(size >= 12, "font of at least 12 px: " + t.getTextContent());
      double width = MembershipChartSvg.textWidth(t.getTextContent(), size,
          t.getAttribute("font-weight").equals("bold"));
      double left = switch (t.getAttribute("text-anchor")) {
        case "middle" -> num(t, "x") - width / 2;
        case "end" -> num(t, "x") - width;
        default -> num(t, "x");
      };
      boxes.add(new MembershipChartSvg.Box(left, num(t, "y") - size * 0.8, width, size));
      words.add(t.getTextContent());
      assertTrue(left >= 0 && left + width <= MembershipChartSvg.WIDTH, "inside the drawing: " + t.getTextContent());
    }
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(boxes.get(i).overlaps(boxes.get(j), 0), org + ": '" + words.get(i) + "' overlaps '"
            + words.get(j) + "'");
      }
    }
    List<double[]> segments = new ArrayList<>();
    for (Element path : elements(svg, "path")) {
      Matcher m = PATH.matcher(path.getAttribute("d"));
      if (m.matches()) {
        double x0 = Double.parseDouble(m.group(1));
        double x1 = Double.parseDouble(m.group(4));
        double y1 = Double.parseDouble(m.group(3));
        segments.add(new double[] {x0, Double.parseDouble(m.group(2)), x0, y1});
        segments.add(new double[] {x0, y1, x1, y1});
      }
    }
    int labels = 0;
    for (Element rect : elements(svg, "rect")) {
      if (rect.getAttribute("class").equals("label-box")) {
        labels++;
        MembershipChartSvg.Box box = new MembershipChartSvg.Box(num(rect, "x"), num(rect, "y"), num(rect, "width"),
            num(rect, "height"));
        for (double[] s : segments) {
          assertFalse(box.meets(s, 0), org + ": a label crosses the line at " + s[0] + "," + s[1]);
        }
      }
    }
    assertTrue(labels >= 3, org + ": the largest waves are labelled");
  }

  @Test
  void theSovietSeatPassesToRussiaWithoutALeaveOrAJoin() throws Exception {
    List<Drawn> steps = steps(parse(MembershipChartSvg.svg(WORLD, "UN")), "members");
    Drawn handover = steps.stream().filter(s -> s.title().contains("seat passes from Soviet Union to Russia"))
        .findFirst().orElseThrow();
    assertEquals(WORLD.members("UN").asOf(handover.day().minusDays(1)).count(), handover.count());
    // After its founding, the Soviet Union neither leaves nor does Russia join (let alone as a founder).
    assertTrue(steps.stream().filter(s -> s.day().getYear() > 1945)
        .noneMatch(s -> s.title().matches(".*(joined|left): [^;]*(Russia|Soviet Union).*")), "neither joins nor leaves");
  }

  @Test
  void theTimelineFallsBackToTheStepChartWhenItsLabelsWouldNotFit() throws Exception {
    List<Wave> nato = WORLD.members("NATO").waves().list();
    List<Wave> un = WORLD.members("UN").waves().list();
    var nameOf = TimelineCommand.nameOf(WORLD);
    assertTrue(TimelineSvg.lanes(nato, WORLD.currentTo(), nameOf) <= TimelineSvg.MAX_LANES);
    assertTrue(TimelineSvg.lanes(un, WORLD.currentTo(), nameOf) > TimelineSvg.MAX_LANES);
    assertTrue(TimelineSvg.fits(nato, WORLD.currentTo(), nameOf));
    assertFalse(TimelineSvg.fits(un, WORLD.currentTo(), nameOf));

    Document natoSvg = parse(cli("timeline", "NATO", "--format", "svg").out());
    assertEquals(nato.size(), elements(natoSvg, "circle").size(), "NATO keeps its timeline, one mark per wave");
    assertFalse(natoSvg.getDocumentElement().getAttribute("class").equals("membership-chart"));
    Run un1 = cli("timeline", "UN", "--format", "svg");
    assertEquals(0, un1.status(), un1.err());
    assertEquals("membership-chart", parse(un1.out()).getDocumentElement().getAttribute("class"));
    assertEquals(cli("chart", "UN").out(), un1.out());
  }

  @Test
  void theTimelineCallsAContinuedSeatNeitherAFounderNorAJoin() throws Exception {
    List<Wave> un = WORLD.members("UN").waves().list();
    Document svg = parse(TimelineSvg.render("UN", un, WORLD.currentTo(), List.of(), TimelineCommand.nameOf(WORLD)));
    List<String> texts = elements(svg, "text").stream().map(Node::getTextContent).toList();
    String russia = texts.stream().filter(t -> t.startsWith("1991-12-24")).findFirst().orElseThrow();
    assertFalse(russia.contains("founders"), russia);
    assertTrue(russia.contains("seat continued"), russia);
    assertTrue(texts.contains("Russia (continues Soviet Union)"), texts.toString());
  }

  @Test
  void everySeriesHasAColourOfItsOwn() throws Exception {
    List<MembershipSeries.Series> five = new ArrayList<>();
    for (String label : List.of("members", "partners", "candidates", "aspirants", "observers")) {
      LocalDate day = LocalDate.of(2000 + five.size(), 1, 1);
      five.add(new MembershipSeries.Series(label, List.of(new MembershipSeries.Step(day, day.toString(),
          five.size() + 1, five.size() + 1, List.of("Utopia"), List.of(), List.of(), false))));
    }
    Document doc = parse(MembershipChartSvg.render("Five roles", "", "five", five, List.of(), LocalDate.of(2010, 1, 1),
        List.of()));
    java.util.Set<String> colours = new java.util.HashSet<>();
    NodeList lines = doc.getElementsByTagName("line");
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      if (line.getAttribute("stroke-width").equals("3") && line.getAttribute("y1").equals("76.0")) { // the legend
        colours.add(line.getAttribute("stroke"));
      }
    }
    assertEquals(5, colours.size(), "legend colours: " + colours);
  }

  @Test
  void aDepartureIsCountedFromTheNextDayButNamedWithItsLastDay() {
    org.multilateral.query.Change uk = WORLD.members("EU").changes().left().stream()
        .filter(c -> c.country().code().value().equals("GBR")).findFirst().orElseThrow();
    Run run = cli("chart", "EU", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    String row = run.out().lines().filter(l -> l.contains("United Kingdom (last day ")).findFirst().orElseThrow();
    assertTrue(row.startsWith(uk.effectiveDay() + ","), row);
    assertTrue(row.contains("1 left: United Kingdom (last day " + uk.date() + ")"), row);
    assertTrue(run.out().lines().skip(1).noneMatch(l -> l.split(",", -1)[l.split(",", -1).length - 1]
        .startsWith("'")), "no cell needs a formula guard: the change is in words");
  }

  @Test
  void theTableGivesTheQueryCountsAndNotes() {
    Run run = cli("chart", "NATO", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    String[] lines = run.out().split("\\R");
    assertEquals("day,members,partners,aspirants,what changed", lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", 5);
      LocalDate day = LocalDate.parse(cells[0]);
      assertEquals(WORLD.members("NATO").asOf(day).count(), Integer.parseInt(cells[1]), lines[i]);
      assertEquals(WORLD.members("NATO").roles(org.multilateral.core.Role.ASPIRANT).asOf(day).count(),
          Integer.parseInt(cells[3]), lines[i]);
    }
    assertTrue(run.err().startsWith("multilateral: note: "), run.err());
    assertTrue(cli("chart", "UN", "--format", "markdown").out().contains("1955-12-14"));
  }

  @Test
  void anUnknownOrganisationIsOneLineAndStatus2() {
    Run run = cli("chart", "NAT0");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("multilateral: unknown organisation 'NAT0'"), run.err());
  }

  @Test
  void renderTakesPlainInputs() throws Exception {
    var steps = List.of(
        new MembershipSeries.Step(LocalDate.of(2000, 1, 1), "2000-01-01", 3, 3, List.of("A", "B", "C"), List.of(),
            List.of(), true),
        new MembershipSeries.Step(LocalDate.of(2010, 5, 1), "2010-05-01", 5, 2, List.of("D", "E"), List.of(),
            List.of(), false));
    String svg = MembershipChartSvg.render("Test", "sub", "t", List.of(new MembershipSeries.Series("members", steps)),
        List.of(), LocalDate.of(2020, 1, 1), List.of("A note."));
    Document doc = parse(svg);
    assertEquals(2, steps(doc, "members").size());
    assertTrue(svg.contains("Note: A note."));
  }
}
