package org.multilateral.examples.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.multilateral.query.MemberQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code multilateral members ORG [--as-of DATE] [--format FORMAT]}. */
@Command(name = "members", mixinStandardHelpOptions = true,
    description = "The members of an organisation on a day (default: the day the data is current to).")
final class MembersCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "ORG", description = "Organisation id or alias, such as NATO or EU.")
  String organisation;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day, as YYYY-MM-DD.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class)
  Format format;

  @Override
  public Integer call() {
    MemberQuery query = main.world().members(organisation);
    if (asOf != null) {
      query = query.asOf(asOf);
    }
    main.spec.commandLine().getOut().print(format.render(query.table()));
    return 0;
  }
}
