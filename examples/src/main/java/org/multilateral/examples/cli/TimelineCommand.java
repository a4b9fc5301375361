package org.multilateral.examples.cli;

import java.util.List;
import java.util.function.Function;
import org.multilateral.core.CountryCode;
import java.util.concurrent.Callable;
import org.multilateral.query.Multilateral;
import org.multilateral.query.Table;
import org.multilateral.query.Wave;
import org.multilateral.query.WaveQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code multilateral timeline ORG [--format text|markdown|csv|json|html|svg]}. With {@code svg}, the timeline of
 * labelled waves when its labels fit ({@link TimelineSvg#fits}: NATO's, the EU's), else the step chart of members over
 * time ({@link MembershipChartSvg}: the UN's).
 */
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

  /** The name of a country by its code, for a seat held in continuity. */
  static Function<CountryCode, String> nameOf(Multilateral world) {
    return code -> world.country(code).name();
  }

  @Override
  public Integer call() {
    Multilateral world = main.world();
    WaveQuery waves = world.members(organisation).waves();
    List<String> notes;
    List<Wave> list = format.table().isEmpty() ? waves.list() : List.of();
    if (format.table().isEmpty() && TimelineSvg.fits(list, world.currentTo(), nameOf(world))) {
      String title = world.organisation(organisation).name() + ": enlargement waves";
      notes = waves.completeness().notes();
      main.print(TimelineSvg.render(title, list, world.currentTo(), notes, nameOf(world)));
    } else if (format.table().isEmpty()) {
      // Too many waves to label on a timeline (the UN's): the step chart of members over time reads better.
      MembershipSeries data = MembershipSeries.of(world, organisation);
      notes = data.notes();
      main.print(MembershipChartSvg.render(data));
    } else {
      Table table = waves.table();
      notes = table.notes();
      main.print(format.table().get().render(table));
    }
    main.note(notes);
    return 0;
  }
}
