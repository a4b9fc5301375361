package org.multilateral.examples.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium, driven through the system's chromedriver by Selenium. The driver is named by path, so Selenium
 * Manager never looks for (or downloads) a driver or a browser. Each instance has a fresh profile, removed on close.
 * Not thread-safe: one page at a time.
 */
final class Chromium implements AutoCloseable {

  /** Debian's Chromium; {@code -Dmultilateral.browser.chromium=PATH} names another. */
  static final Path BROWSER = Path.of(System.getProperty("multilateral.browser.chromium", "/usr/bin/chromium"));

  /** Debian's chromedriver (package chromium-driver); {@code -Dmultilateral.browser.chromedriver=PATH} names another. */
  static final Path DRIVER = Path.of(System.getProperty("multilateral.browser.chromedriver", "/usr/bin/chromedriver"));

  /** How to get what {@link #missing()} names. */
  static final String HOW_TO_INSTALL = "install Debian's chromium and chromium-driver (apt-get install chromium "
      + "chromium-driver; .ci/run does this), or name other binaries with -Dmultilateral.browser.chromium=PATH and "
      + "-Dmultilateral.browser.chromedriver=PATH";

  /** The window: as wide as a laptop screen. Screenshots take the whole page whatever its height. */
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;

  /**
   * What the page script returns: the size of every {@code <svg>}; each pair of overlapping non-empty texts of one
   * outermost {@code <svg>}; every link (its href as written, and as the browser resolves it); every id (and
   * {@code <a name>}); and the size of the whole page. Boxes are [x, y, width, height] in CSS pixels.
   */
  private static final String INSPECT = """
      const tolerance = arguments[0];
      const box = r => [r.left, r.top, r.width, r.height];
      const svgs = Array.from(document.querySelectorAll('svg'));
      const sizes = svgs.map((svg, i) => {
        const r = svg.getBoundingClientRect();
        return {index: i, label: svg.id || svg.querySelector('title')?.textContent || '', width: r.width,
            height: r.height};
      });
      const overlaps = [];
      svgs.filter(svg => !(svg.parentElement && svg.parentElement.closest('svg'))).forEach(svg => {
        const index = svgs.indexOf(svg);
        const texts = Array.from(svg.querySelectorAll('text'))
            .map(t => ({text: t.textContent.replace(/\\s+/g, ' ').trim(), r: t.getBoundingClientRect()}))
            .filter(t => t.text.length > 0 && t.r.width > 0 && t.r.height > 0);
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i].r, b = texts[j].r;
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > tolerance && y > tolerance) {
              overlaps.push({svg: index, a: texts[i].text, boxA: box(a), b: texts[j].text, boxB: box(b), x: x, y: y});
            }
          }
        }
      });
      const links = Array.from(document.querySelectorAll('a')).map(a =>
          a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
          .filter(href => href !== null)
          .map(href => {
            let resolved = null;
            try { resolved = new URL(href, document.baseURI).href; } catch (e) { }
            return {href: href, resolved: resolved};
          });
      const ids = Array.from(document.querySelectorAll('[id]'), e => e.id)
          .concat(Array.from(document.querySelectorAll('a[name]'), e => e.getAttribute('name')));
      // The whole page: an SVG document at its natural size; an HTML page as far as it scrolls.
      const root = document.documentElement;
      const whole = root.getBoundingClientRect();
      const picture = root.namespaceURI === 'http://www.w3.org/2000/svg';
      return {svgs: sizes, overlaps: overlaps, links: links, ids: ids,
          width: Math.ceil(picture ? whole.width : root.scrollWidth),
          height: Math.ceil(picture ? whole.height : root.scrollHeight)};
      """;

  /**
   * Selenium warns at every start when it ships no DevTools binding for the browser's version. Nothing here uses
   * those bindings (screenshots go through chromedriver's own CDP command), so the warning is noise. A static field
   * keeps the logger, and its level, from being collected.
   */
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** The browser and driver binaries that are missing or not executable, as one phrase; empty when both are there. */
  static Optional<String> missing() {
    List<String> missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString)
        .toList();
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", missing));
  }

  /** Starts headless Chromium with a fresh profile in a new directory under {@code work}. */
  static Chromium start(Path work) throws IOException {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    Files.createDirectories(work);
    Path profile = Files.createTempDirectory(work, "chromium-profile-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // Without the networking flags Chromium reaches for outside hosts at start-up (updates, sync, field trials).
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars",
        "--force-device-scale-factor=1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    return new Chromium(driver, profile);
  }

  /**
   * What the browser shows of one page.
   *
   * @param consoleErrors the console messages of level SEVERE (errors, uncaught exceptions, failed loads)
   * @param svgs every {@code <svg>} of the page, in document order
   * @param overlaps the pairs of overlapping texts
   * @param links every {@code <a>} with an href
   * @param ids the ids (and anchor names) a fragment can point to
   * @param width the width of the whole page
   * @param height the height of the whole page
   */
  record Page(List<String> consoleErrors, List<Svg> svgs, List<Overlap> overlaps, List<Link> links, List<String> ids,
      int width, int height) {}

  /** An {@code <svg>} element: its position among the page's, a label (id or title) and its rendered size. */
  record Svg(int index, String label, double width, double height) {}

  /** Two texts of one {@code <svg>} whose boxes ([x, y, width, height]) overlap by {@code x} by {@code y} pixels. */
  record Overlap(int svg, String a, List<Double> boxA, String b, List<Double> boxB, double x, double y) {}

  /** A link: its href as written, and the absolute URL the browser resolves it to (empty when it cannot). */
  record Link(String href, Optional<String> resolved) {}

  /**
   * Opens {@code file} and reports what it shows; overlapping texts are those whose boxes overlap by more than
   * {@code tolerance} pixels both across and down.
   */
  Page open(Path file, double tolerance) {
    driver.manage().logs().get(LogType.BROWSER); // forget the messages of the page before
    driver.get(file.toAbsolutePath().toUri().toString());
    Map<?, ?> facts = (Map<?, ?>) driver.executeScript(INSPECT, tolerance);
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    List<Svg> svgs = new ArrayList<>();
    for (Object o : (List<?>) facts.get("svgs")) {
      Map<?, ?> svg = (Map<?, ?>) o;
      svgs.add(new Svg(number(svg.get("index")).intValue(), String.valueOf(svg.get("label")).strip(),
          number(svg.get("width")).doubleValue(), number(svg.get("height")).doubleValue()));
    }
    List<Overlap> overlaps = new ArrayList<>();
    for (Object o : (List<?>) facts.get("overlaps")) {
      Map<?, ?> overlap = (Map<?, ?>) o;
      overlaps.add(new Overlap(number(overlap.get("svg")).intValue(), (String) overlap.get("a"),
          box(overlap.get("boxA")), (String) overlap.get("b"), box(overlap.get("boxB")),
          number(overlap.get("x")).doubleValue(), number(overlap.get("y")).doubleValue()));
    }
    List<Link> links = new ArrayList<>();
    for (Object o : (List<?>) facts.get("links")) {
      Map<?, ?> link = (Map<?, ?>) o;
      links.add(new Link((String) link.get("href"), Optional.ofNullable((String) link.get("resolved"))));
    }
    List<String> ids = ((List<?>) facts.get("ids")).stream().map(String::valueOf).toList();
    return new Page(errors, List.copyOf(svgs), List.copyOf(overlaps), List.copyOf(links), ids,
        number(facts.get("width")).intValue(), number(facts.get("height")).intValue());
  }

  /** Writes a PNG of the page open now, {@code width} by {@code height} pixels from its top left corner. */
  void screenshot(Path png, int width, int height) throws IOException {
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.max(1, width), "height", Math.max(1, height),
        "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** The browser's version, as it reports it. */
  String version() {
    return String.valueOf(driver.getCapabilities().getBrowserVersion());
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | UncheckedIOException e) {
        // A file the browser was still writing: the profile stays under target/, which mvn clean removes.
      }
    }
  }

  private static Number number(Object o) {
    return (Number) o;
  }

  private static List<Double> box(Object o) {
    return ((List<?>) o).stream().map(n -> ((Number) n).doubleValue()).toList();
  }
}
