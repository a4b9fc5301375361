package org.multilateral.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.DataFileException;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;
import org.multilateral.query.UnknownIdException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code multilateral} command. Exit status 0 on success, 2 for bad usage, an unknown id, a bad date or a bad
 * data file, with one line on standard error and no stack trace.
 */
@Command(name = "multilateral", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Typed, sourced, time-aware facts about international cooperation.",
    subcommands = {OrganisationsCommand.class, MembersCommand.class, MembershipsCommand.class,
        ChangesCommand.class, TimelineCommand.class, EventsCommand.class, InitiativesCommand.class,
        CouncilCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

  /** Exit status for bad input of any kind. */
  static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "Add the facts of a data file (same format as the bundled data) on top of the bundled data.")
  java.util.List<java.nio.file.Path> dataFiles = new java.util.ArrayList<>();

  private Multilateral world;

  /** The data to answer from: the bundled data, plus any --data files. Loaded once per run. */
  Multilateral world() {
    if (world == null) {
      Dataset dataset = MultilateralData.bundledWith(dataFiles.toArray(java.nio.file.Path[]::new));
      world = Multilateral.over(dataset);
    }
    return world;
  }

  /** Prints {@code text} to standard output as it is. */
  void print(String text) {
    spec.commandLine().getOut().print(text);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(LocalDate.class, Main::parseDate);
    cli.setParameterExceptionHandler((ParameterException e, String[] a) -> {
      err.println("multilateral: " + e.getMessage());
      err.println("Try 'multilateral " + commandPath(e.getCommandLine()) + "--help' for more information.");
      err.flush();
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UnknownIdException || e instanceof DataFileException || e instanceof BadInputException) {
        err.println("multilateral: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      throw e;
    });
    int status = cli.execute(args);
    out.flush();
    return status;
  }

  private static String commandPath(CommandLine commandLine) {
    String path = commandLine.getCommandSpec().qualifiedName(" ");
    path = path.startsWith("multilateral") ? path.substring("multilateral".length()).trim() : path;
    return path.isEmpty() ? "" : path + " ";
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("bad date '" + text + "': expected YYYY-MM-DD");
    }
  }

  /** Prints the program version, the data version and the day the data is current to. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String program = Main.class.getPackage().getImplementationVersion();
      return new String[] {
          "multilateral " + (program == null ? "(development build)" : program),
          "data " + MultilateralData.version() + ", current to " + MultilateralData.currentTo()
      };
    }
  }
}
