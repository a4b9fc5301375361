package org.multilateral.examples.cli;

import java.util.concurrent.Callable;
import org.multilateral.query.Multilateral;
import org.multilateral.query.WaveQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral timeline ORG [--format text|markdown|csv|json|html|svg]}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "An organisation's enlargement waves: who joined on each date. --format svg draws a chart.")
final class TimelineCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, csv, json, markdown, html or svg (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class)
  Format format;

  @Override
  public Integer call() {
    Multilateral world = main.world();
    WaveQuery waves = world.members(organisation).waves();
    if (format == Format.SVG) {
      String title = world.organisation(organisation).name() + ": enlargement waves";
      main.print(TimelineSvg.render(title, waves.list(), world.today()));
    } else {
      main.print(format.render(waves.table()));
    }
    return 0;
  }
}
