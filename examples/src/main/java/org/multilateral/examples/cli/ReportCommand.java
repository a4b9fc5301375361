package org.multilateral.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral report COUNTRY [--format markdown|html]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"A report on a country in multilateral cooperation, with numbered citations.",
        "Its memberships and roles over time, seats it hosts, initiatives and events it takes part in."})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO code or English name, such as BEL.")
  String country;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Override
  public Integer call() {
    main.note(main.world().countryMatch(country).note().stream().toList());
    CountryReport report = CountryReport.of(main.world(), country);
    main.print(format == ReportFormat.html ? report.toHtml() : report.toMarkdown());
    return 0;
  }
}
