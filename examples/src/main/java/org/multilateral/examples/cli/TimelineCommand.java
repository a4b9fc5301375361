package org.multilateral.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import org.multilateral.query.WaveQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral timeline ORG [--format text|markdown|csv|json|html|svg]}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "An organisation's enlargement waves: who joined on each date; --format svg draws a chart.")
final class TimelineCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); svg draws a chart.")
  ChartFormat format;

  @Override
  public Integer call() {
    Multilateral world = main.world();
    WaveQuery waves = world.members(organisation).waves();
    List<String> notes;
    if (format.table().isEmpty()) {
      String title = world.organisation(organisation).name() + ": enlargement waves";
      notes = waves.completeness().notes();
      main.print(TimelineSvg.render(title, waves.list(), world.currentTo(), notes));
    } else {
      Table table = waves.table();
      notes = table.notes();
      main.print(format.table().get().render(table));
    }
    main.note(notes);
    return 0;
  }
}
