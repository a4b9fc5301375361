package org.multilateral.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral report COUNTRY [--format markdown|html]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"A country's place in multilateral cooperation: memberships and roles over time, seats it hosts,",
        "initiatives it supports and events it took part in, with numbered citations."})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO code or English name, such as BEL.")
  String country;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown or html (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
  Format format;

  @Override
  public Integer call() {
    if (format != Format.MARKDOWN && format != Format.HTML) {
      throw new BadInputException("a report is markdown or html, not " + format.id());
    }
    CountryReport report = CountryReport.of(main.world(), country);
    main.print(format == Format.HTML ? report.toHtml() : report.toMarkdown());
    return 0;
  }
}
