package org.multilateral.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.multilateral.examples.cli.Main;

/**
 * The reports and charts as a reader sees them: each artefact of {@code artefacts.txt} is rendered by the CLI (in
 * process) into {@code target/browser/}, opened in headless Chromium from a {@code file:} URL, walked link by link
 * and checked page by page ({@link SiteWalk}); screenshots of each artefact (and of the first pages of each directory
 * of a site) land in {@code target/browser/screenshots/}.
 *
 * <p>Without Chromium and its chromedriver the test is skipped, saying how to install them, except when the
 * environment variable {@code CI} is set: there it fails, so that CI always runs the check.
 */
class BrowserIT {

  /** Where the artefacts are written. */
  private static final Path OUT = Path.of("target", "browser").toAbsolutePath();

  /** Where the screenshots go. */
  private static final Path SCREENSHOTS = OUT.resolve("screenshots");

  /** The browser, once started; null when it is missing (and CI is not set). */
  private static Chromium browser;

  /** Why the tests are skipped, when they are. */
  private static String skipped;

  @BeforeAll
  static void startChromium() throws IOException {
    Optional<String> missing = Chromium.missing();
    if (missing.isPresent()) {
      String message = "the browser test needs " + missing.get() + ", which is missing: " + Chromium.HOW_TO_INSTALL;
      if (System.getenv("CI") != null) {
        fail("CI is set, and " + message);
      }
      // Skipped test by test, not here: Surefire counts a class skipped in @BeforeAll as no test at all.
      skipped = "skipped: " + message;
      System.err.println("BrowserIT " + skipped);
      return;
    }
    delete(OUT);
    Files.createDirectories(OUT);
    browser = Chromium.start(Path.of("target", "chromium"));
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(skipped == null, skipped);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  static List<Artefact> artefacts() {
    return Artefact.listed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("artefacts")
  void readsCleanlyInChromium(Artefact artefact) throws IOException {
    Path entry = render(artefact);
    SiteWalk.Result walk = SiteWalk.walk(browser, entry, SCREENSHOTS.resolve(OUT.relativize(entry.getParent())));
    assertTrue(walk.problems().isEmpty(), () -> "'" + artefact.line() + "' in Chromium " + browser.version() + ", "
        + walk.problems().size() + " problem(s) on " + walk.pages().size() + " page(s):\n"
        + String.join("\n", walk.problems()));
  }

  /** Runs the artefact's command line and returns the file to start from. */
  private static Path render(Artefact artefact) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    int status = Main.run(artefact.commandLine(OUT), outWriter, errWriter);
    outWriter.flush();
    errWriter.flush();
    assertEquals(0, status, () -> "'" + artefact.line() + "' ended with status " + status + ": " + err);
    Path file = OUT.resolve(artefact.file());
    if (!artefact.writesFiles()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.isRegularFile(file), () -> "'" + artefact.line() + "' wrote no " + file);
    return file;
  }

  // The walk itself, on small sites made here: it must find what it is there to find.

  private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
      + "</head><body>%s</body></html>\n";

  private static void page(Path file, String title, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.format(PAGE, title, body), StandardCharsets.UTF_8);
  }

  @Test
  void theWalkOpensEveryLinkedPageOnceAndPhotographsTheFirstOfEachDirectoryWhole(@TempDir Path dir)
      throws IOException {
    Path site = dir.resolve("site");
    page(site.resolve("index.html"), "Index", """
        <h1 id="top-of-index">Index</h1>
        <p><a href="a.html">A</a>, <a href="a.html#part">part of A</a>, <a href="#top-of-index">top</a>,
        <a href="chart.svg">the chart</a>, <a href="countries/">the countries</a>, <a href="d.html">D</a>,
        <a href="https://example.org/">a site outside</a>, <a href="mailto:someone@example.org">mail</a></p>
        <svg width="200" height="60"><text x="10" y="20">one</text><text x="10" y="45">two</text>
        <text x="10" y="45"> </text></svg>
        <div style="height: 1500px"></div>
        """);
    page(site.resolve("a.html"), "A", """
        <h2 id="part">Part</h2><p><a href="index.html">back</a> <a href="sub/b.html">on</a></p>""");
    page(site.resolve("sub/b.html"), "B", "<p><a href=\"../a.html#part\">A's part</a> <a href=\"../index.html\">index</a>"
        + "</p>");
    page(site.resolve("countries/index.html"), "Countries", "<p><a href=\"../index.html\">index</a></p>");
    page(site.resolve("d.html"), "D", "<p>The fourth page of the site's top directory.</p>");
    page(site.resolve("orphan.html"), "Orphan", "<p>Nothing links here.</p>");
    Files.writeString(site.resolve("chart.svg"), """
        <svg xmlns="http://www.w3.org/2000/svg" width="320" height="140" viewBox="0 0 320 140">
        <title>A chart</title><rect width="320" height="140" fill="#fff"/>
        <a href="sub/b.html"><text x="10" y="30" font-size="14">linked label</text></a>
        <text x="10" y="90" font-size="14">other label</text></svg>
        """, StandardCharsets.UTF_8);
    Path screenshots = dir.resolve("screenshots");

    SiteWalk.Result walk = SiteWalk.walk(browser, site.resolve("index.html"), screenshots);

    assertEquals(List.of(), walk.problems());
    assertEquals(Set.of("index.html", "a.html", "chart.svg", "d.html", "sub/b.html", "countries/index.html"),
        walk.pages().stream().map(Path::toString).collect(Collectors.toSet()));
    assertEquals(walk.pages().size(), Set.copyOf(walk.pages()).size(), "a page was opened twice");
    assertEquals(Path.of("index.html"), walk.pages().get(0));
    for (Path page : walk.pages()) {
      long before = walk.pages().subList(0, walk.pages().indexOf(page)).stream()
          .filter(p -> Objects.equals(p.getParent(), page.getParent())).count();
      assertEquals(before < SiteWalk.PHOTOS_PER_DIRECTORY, Files.isRegularFile(screenshots.resolve(page + ".png")),
          "screenshot of " + page + ", page " + (before + 1) + " of its directory");
    }
    int[] chart = pngSize(screenshots.resolve("chart.svg.png"));
    assertEquals(List.of(320, 140), List.of(chart[0], chart[1]), "the SVG's screenshot is not its natural size");
    assertTrue(pngSize(screenshots.resolve("index.html.png"))[1] > 1500, "the screenshot is not of the whole page");
  }

  @Test
  void theWalkReportsEachKindOfProblem(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Files.writeString(dir.resolve("outside.html"), String.format(PAGE, "Outside", ""), StandardCharsets.UTF_8);
    page(site.resolve("index.html"), "Index", """
        <p><a href="missing.html">gone</a> <a href="b.html#nowhere">no such part</a> <a href="b.html">b</a>
        <a href="../outside.html">out</a></p>
        <script>console.error("a deliberate error");</script>
        <img src="picture-that-is-not-there.png" alt="">
        <svg id="empty" width="0" height="40"><text x="0" y="20">hidden</text></svg>
        <svg width="300" height="60"><text x="10" y="30">first label</text><text x="14" y="33">second label</text>
        </svg>
        """);
    page(site.resolve("b.html"), "B", "<p>No ids here.</p>");

    List<String> problems = SiteWalk.walk(browser, site.resolve("index.html"), dir.resolve("shots")).problems();

    assertOne(problems, p -> p.contains("\"missing.html\"") && p.contains("does not exist"));
    assertOne(problems, p -> p.contains("\"b.html#nowhere\"") && p.contains("no element with id \"nowhere\""));
    assertOne(problems, p -> p.contains("\"../outside.html\"") && p.contains("out of the site"));
    assertOne(problems, p -> p.contains("console error") && p.contains("a deliberate error"));
    assertOne(problems, p -> p.contains("console error") && p.contains("picture-that-is-not-there.png"));
    assertOne(problems, p -> p.contains("<svg> #0 (empty) is 0.0 x"));
    assertOne(problems, p -> p.contains("<svg> #1") && p.contains("\"first label\" [x ")
        && p.contains("\"second label\" [x ") && p.contains("overlap by"));
    assertEquals(7, problems.size(), () -> String.join("\n", problems));
  }

  private static void assertOne(List<String> problems, Predicate<String> wanted) {
    assertEquals(1, problems.stream().filter(wanted).count(), () -> String.join("\n", problems));
  }

  /** The width and height of a PNG, from its header. */
  private static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
      byte[] signature = data.readNBytes(8);
      assertEquals(0x89, signature[0] & 0xff, png + " is not a PNG");
      data.readInt(); // length of the IHDR chunk
      assertEquals("IHDR", new String(data.readNBytes(4), StandardCharsets.US_ASCII), png + " is not a PNG");
      return new int[] {data.readInt(), data.readInt()};
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
