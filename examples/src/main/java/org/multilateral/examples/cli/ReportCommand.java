package org.multilateral.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.multilateral.core.Country;
import org.multilateral.core.Organisation;
import org.multilateral.query.Multilateral;
import org.multilateral.query.UnknownIdException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code multilateral report ORG|COUNTRY [--format markdown|html] [--out DIR]} and
 * {@code multilateral report --all --out DIR}.
 *
 * <p>The text names an organisation if it is an organisation's id, alias or name (ignoring case), else a country;
 * a text that names both (none does in the bundled data) gives the organisation, with a note on standard error.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"A report on an organisation or a country, with a chart and numbered citations.",
        "An organisation's: its members over time, waves, current members, partners and candidates, events,"
            + " documents and office holders. A country's: its memberships and roles over time, seats it hosts,"
            + " initiatives and events it takes part in.",
        "The text names an organisation (id, alias or name) first, else a country.",
        "With --all --out DIR: every report as a static HTML site, DIR/index.html first."})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ORG|COUNTRY",
      description = "Organisation id or alias (such as NATO), or a country's ISO code or English name (such as BEL).")
  String subject;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "DIR",
      description = {"Write the report into DIR (made if missing) instead of standard output: DIR/CODE.md with the"
          + " chart beside it as DIR/CODE.svg, linked as an image, or DIR/CODE.html with the chart inline.",
          "Markdown on standard output has no chart: an image needs a file to link to."})
  Path out;

  @Option(names = "--all",
      description = "Every organisation and every country, as a static HTML site in --out DIR (--format is ignored).")
  boolean all;

  @Override
  public Integer call() {
    Multilateral world = main.world();
    if (all) {
      if (subject != null) {
        throw new BadInputException("--all reports on everything: give no ORG or COUNTRY with it");
      }
      if (out == null) {
        throw new BadInputException("--all needs --out DIR, the folder to write the site into");
      }
      ReportSite.write(world, out);
      return 0;
    }
    if (subject == null) {
      throw new BadInputException("name an organisation or a country, such as NATO or BEL (or give --all)");
    }
    Subject found = find(world, subject);
    found.note().ifPresent(n -> main.note(List.of(n)));
    Report report = found.organisation().isPresent()
        ? OrganisationReport.of(world, found.organisation().get())
        : CountryReport.of(world, found.country().orElseThrow());
    String code = found.organisation().map(o -> o.id().value())
        .orElseGet(() -> found.country().orElseThrow().code().value());
    if (out == null) {
      main.print(format == ReportFormat.html ? report.toHtml(Report.Links.NONE) : report.toMarkdown(Optional.empty()));
      return 0;
    }
    if (format == ReportFormat.html) {
      write(out, code + ".html", report.toHtml(Report.Links.NONE));
    } else {
      Optional<String> chartFile = report.chart().map(c -> code + ".svg");
      if (chartFile.isPresent()) {
        write(out, chartFile.get(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + report.chart().get().svg());
      }
      write(out, code + ".md", report.toMarkdown(chartFile));
    }
    return 0;
  }

  /** What a report is about: an organisation or a country, and a note for a text that could name either. */
  record Subject(Optional<Organisation> organisation, Optional<Country> country, Optional<String> note) {}

  /**
   * The organisation {@code text} names, else the country; both are looked up, so that a text naming both is
   * noted.
   *
   * @throws BadInputException naming the nearest organisations and countries when the text names neither
   */
  static Subject find(Multilateral world, String text) {
    Optional<Organisation> organisation;
    UnknownIdException notOrganisation = null;
    try {
      organisation = Optional.of(world.organisation(text));
    } catch (UnknownIdException e) {
      organisation = Optional.empty();
      notOrganisation = e;
    }
    Optional<Country> country;
    try {
      country = Optional.of(world.countryMatch(text).country());
    } catch (UnknownIdException e) {
      if (organisation.isEmpty()) {
        List<String> nearest = new java.util.ArrayList<>(notOrganisation.suggestions());
        e.suggestions().stream().filter(s -> !nearest.contains(s)).forEach(nearest::add);
        throw new BadInputException("unknown organisation or country '" + text + "'"
            + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest.subList(0,
                Math.min(4, nearest.size()))) + "?"));
      }
      country = Optional.empty();
    }
    if (organisation.isPresent()) {
      Organisation o = organisation.get();
      Optional<String> note = country.map(c -> "'" + text + "' names both the organisation "
          + o.id() + " and the country " + c.name() + " (" + c.code() + "); this is the"
          + " organisation's report (give the country's ISO code for its report)");
      return new Subject(organisation, Optional.empty(), note);
    }
    return new Subject(Optional.empty(), country, world.countryMatch(text).note());
  }

  /** Writes {@code text} to {@code dir/name}, making {@code dir} if missing. */
  static void write(Path dir, String name, String text) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException | SecurityException e) {
      throw new UncheckedIOException(new IOException("cannot write " + file + ": " + reason(e), e));
    }
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file is in the way of a folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
