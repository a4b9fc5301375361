package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.multilateral.examples.cli.MembershipSeries.Series;
import org.multilateral.examples.cli.MembershipSeries.Step;
import org.multilateral.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code multilateral chart ORG [--format svg|text|csv|json|markdown|html]}: how many members an organisation had
 * over time. The default is the picture, since that is what the command is for; the table formats give the numbers
 * behind it.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = "How many members (and partners or candidates) an organisation had over time: a step chart, or "
        + "with a table format the counts on each day they changed.")
final class ChartCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias.")
  String organisation;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the others give the "
          + "counts as a table.")
  ChartFormat format;

  @Override
  public Integer call() {
    MembershipSeries data = MembershipSeries.of(main.world(), organisation);
    if (format.table().isEmpty()) {
      main.print(MembershipChartSvg.render(data));
    } else {
      main.print(format.table().get().render(table(data)));
    }
    main.note(data.notes());
    return 0;
  }

  /**
   * The counts as a table: one row per day on which a count changed or a seat changed hands, one column per role,
   * and what happened that day.
   */
  static Table table(MembershipSeries data) {
    Table.Builder table = Table.builder(data.organisation().name() + ": members over time, current to "
        + data.currentTo());
    table.column("day", Table.ColumnType.DATE);
    for (Series s : data.series()) {
      table.column(s.label(), Table.ColumnType.NUMBER);
    }
    table.column("what changed", Table.ColumnType.TEXT);
    TreeSet<LocalDate> days = new TreeSet<>();
    data.series().forEach(s -> s.steps().forEach(st -> days.add(st.day())));
    for (LocalDate day : days) {
      List<String> cells = new ArrayList<>();
      List<String> what = new ArrayList<>();
      cells.add(day.toString());
      for (Series s : data.series()) {
        cells.add(String.valueOf(s.countOn(day)));
        s.steps().stream().filter(st -> st.day().equals(day)).findFirst().ifPresent(st -> what.add(
            (data.series().size() > 1 ? s.label() + ": " : "") + change(st)));
      }
      cells.add(String.join("; ", what));
      table.row(List.of(), cells);
    }
    data.notes().forEach(table::note);
    return table.build();
  }

  /**
   * {@code 2 joined: Czechia, Slovakia; 1 left: Czechoslovakia (last day 1992-12-31)}: words first, so that the cell
   * reads the same whatever the number of series (and a CSV cell never starts with a sign).
   */
  private static String change(Step step) {
    List<String> parts = new ArrayList<>();
    if (!step.joined().isEmpty()) {
      parts.add(step.joined().size() + " joined: " + String.join(", ", step.joined()));
    }
    if (!step.left().isEmpty()) {
      parts.add(step.left().size() + " left: " + MembershipSeries.Departure.list(step.left()));
    }
    parts.addAll(step.handovers());
    String when = step.when().equals(step.day().toString()) ? ""
        : "(" + step.when() + ", known only to the " + (step.when().length() == 4 ? "year" : "month") + ") ";
    return when + String.join("; ", parts);
  }
}
