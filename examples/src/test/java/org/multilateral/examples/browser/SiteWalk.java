package org.multilateral.examples.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * A walk in the browser from one page to every page it links to, and on from those: a single chart, a report, or a
 * whole static site. The site is the directory of the first page; links must stay inside it. Every page (an HTML or
 * SVG file) is opened once and checked:
 * <ul>
 *   <li>no console message of level SEVERE (a script error, a resource that failed to load);
 *   <li>every {@code <svg>} of non-zero width and height;
 *   <li>no two non-empty {@code <text>} elements of one {@code <svg>} overlapping by more than {@link #TOLERANCE} px
 *       both across and down (their boxes as the browser lays them out);
 *   <li>every link to a {@code file:} URL resolving: to a file inside the site, or a directory with an index.html, and
 *       a {@code #fragment} to an id (or {@code <a name>}) of the page it points to. Links to other schemes (https,
 *       mailto) are not followed: this network reaches no outside host.
 * </ul>
 * The first {@value #PHOTOS_PER_DIRECTORY} pages opened in each directory of the site (so a single chart or report
 * and the pages beside it, or a few pages of each kind in a site) are photographed whole: a PNG under the screenshot
 * directory, at the page's path inside the site plus {@code .png}. Not every page: a full-page screenshot of a long
 * report costs about a second, ten times the checks.
 */
final class SiteWalk {

  /** How far (in CSS pixels) two text boxes may overlap before they count as overlapping: rounding, not design. */
  static final double TOLERANCE = 0.5;

  /** How many pages of each directory are photographed. */
  static final int PHOTOS_PER_DIRECTORY = 3;

  /**
   * What a walk found.
   *
   * @param pages the pages opened, in order, relative to the site's directory
   * @param problems one line per problem, naming the page (relative to the site) and what is wrong
   */
  record Result(List<Path> pages, List<String> problems) {
    Result {
      pages = List.copyOf(pages);
      problems = List.copyOf(problems);
    }
  }

  private record Fragment(Path from, String href, Path target, String id) {}

  private SiteWalk() {}

  /**
   * Walks from {@code entry} in {@code browser}, writing the screenshots under {@code screenshots}; the site is the
   * directory of {@code entry}.
   */
  static Result walk(Chromium browser, Path entry, Path screenshots) throws IOException {
    Path start = entry.toAbsolutePath().normalize();
    Path site = start.getParent();
    List<Path> pages = new ArrayList<>();
    Set<String> problems = new LinkedHashSet<>();
    Map<Path, Set<String>> ids = new HashMap<>();
    List<Fragment> fragments = new ArrayList<>();
    Queue<Path> queue = new ArrayDeque<>(List.of(start));
    Set<Path> queued = new HashSet<>(queue);
    Map<Path, Integer> photos = new HashMap<>();
    while (!queue.isEmpty()) {
      Path page = queue.remove();
      Path name = site.relativize(page);
      pages.add(name);
      Chromium.Page seen = browser.open(page, TOLERANCE);
      if (photos.merge(page.getParent(), 1, Integer::sum) <= PHOTOS_PER_DIRECTORY) {
        browser.screenshot(screenshots.resolve(name + ".png"), seen.width(), seen.height());
      }
      ids.put(page, Set.copyOf(seen.ids()));
      for (String error : seen.consoleErrors()) {
        problems.add(name + ": console error: " + error);
      }
      for (Chromium.Svg svg : seen.svgs()) {
        if (!(svg.width() > 0 && svg.height() > 0)) {
          problems.add(String.format(Locale.ROOT, "%s: <svg> #%d%s is %.1f x %.1f px", name, svg.index(),
              svg.label().isEmpty() ? "" : " (" + svg.label() + ")", svg.width(), svg.height()));
        }
      }
      for (Chromium.Overlap o : seen.overlaps()) {
        problems.add(String.format(Locale.ROOT, "%s: in <svg> #%d the texts \"%s\" %s and \"%s\" %s overlap by %.1f x "
            + "%.1f px", name, o.svg(), o.a(), box(o.boxA()), o.b(), box(o.boxB()), o.x(), o.y()));
      }
      for (Chromium.Link link : seen.links()) {
        Optional<Path> target = check(site, page, link, problems, fragments);
        if (target.isPresent() && isPage(target.get()) && queued.add(target.get())) {
          queue.add(target.get());
        }
      }
    }
    for (Fragment f : fragments) {
      if (!ids.getOrDefault(f.target(), Set.of()).contains(f.id()) && !f.id().equalsIgnoreCase("top")) {
        problems.add(site.relativize(f.from()) + ": link \"" + f.href() + "\": " + site.relativize(f.target())
            + " has no element with id \"" + f.id() + "\"");
      }
    }
    return new Result(pages, new ArrayList<>(problems));
  }

  /**
   * Checks one link of {@code page}: adds what is wrong to {@code problems}, its fragment (to check once every page
   * is seen) to {@code fragments}; returns the file it leads to, if it is a file inside the site.
   */
  private static Optional<Path> check(Path site, Path page, Chromium.Link link, Set<String> problems,
      List<Fragment> fragments) {
    String from = site.relativize(page) + ": link \"" + link.href() + "\"";
    if (link.resolved().isEmpty()) {
      problems.add(from + " is not a URL");
      return Optional.empty();
    }
    URI uri = URI.create(link.resolved().get());
    if (!"file".equals(uri.getScheme())) {
      return Optional.empty();
    }
    Path target;
    try {
      target = Path.of(new URI("file", null, uri.getPath(), null)).normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      problems.add(from + " is not a file path: " + e.getMessage());
      return Optional.empty();
    }
    if (!target.startsWith(site)) {
      problems.add(from + " leads out of the site, to " + target);
      return Optional.empty();
    }
    if (Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      problems.add(from + ": " + site.relativize(target) + " does not exist");
      return Optional.empty();
    }
    String id = uri.getFragment();
    if (id != null && !id.isEmpty() && isPage(target)) {
      fragments.add(new Fragment(page, link.href(), target, id));
    }
    return Optional.of(target);
  }

  /** Whether the walk opens {@code file} in the browser: an HTML page or an SVG picture. */
  static boolean isPage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".svg");
  }

  private static String box(List<Double> box) {
    return String.format(Locale.ROOT, "[x %.1f, y %.1f, %.1f x %.1f]", box.get(0), box.get(1), box.get(2), box.get(3));
  }
}
