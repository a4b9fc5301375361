package org.multilateral.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.DataFileException;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;
import org.multilateral.query.UnknownIdException;
import org.multilateral.query.internal.Escaping;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code multilateral} command. It writes UTF-8 whatever the platform's charset, and ends with exit status 0 on
 * success, 2 for bad input of any kind (usage, an unknown id, a bad date, a bad data file) and 1 when the output
 * cannot be written or on an internal error; a failure prints one line on standard error and no stack trace.
 */
@Command(name = "multilateral", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Typed, sourced, time-aware facts about international cooperation.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success",
        "1:the output could not be written, or an internal error",
        "2:bad input: usage, an unknown id or name, a bad date, a bad data file"})
public final class Main implements Callable<Integer> {

  /**
   * The subcommands, in the order help lists them. They are added by {@link #addSubcommands}, not named in the
   * {@code @Command} annotation: picocli builds the model of every subcommand it is given by reflection, which is a
   * large part of the start-up of a run that needs one.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(OrganisationsCommand.class, MembersCommand.class,
      MembershipsCommand.class, ChangesCommand.class, TimelineCommand.class, ChartCommand.class, MapCommand.class,
      EventsCommand.class, InitiativesCommand.class, OfficesCommand.class, CouncilCommand.class, ReportCommand.class,
      ExportCommand.class, DiffCommand.class, ExampleCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);

  /** Each subcommand by its name and aliases, as their annotations give them (a test checks that they agree). */
  static final java.util.Map<String, Class<?>> SUBCOMMAND_NAMES = java.util.Map.ofEntries(
      java.util.Map.entry("organisations", OrganisationsCommand.class),
      java.util.Map.entry("orgs", OrganisationsCommand.class),
      java.util.Map.entry("members", MembersCommand.class),
      java.util.Map.entry("memberships", MembershipsCommand.class),
      java.util.Map.entry("changes", ChangesCommand.class),
      java.util.Map.entry("timeline", TimelineCommand.class),
      java.util.Map.entry("chart", ChartCommand.class),
      java.util.Map.entry("map", MapCommand.class),
      java.util.Map.entry("events", EventsCommand.class),
      java.util.Map.entry("initiatives", InitiativesCommand.class),
      java.util.Map.entry("offices", OfficesCommand.class),
      java.util.Map.entry("council", CouncilCommand.class),
      java.util.Map.entry("report", ReportCommand.class),
      java.util.Map.entry("export", ExportCommand.class),
      java.util.Map.entry("diff", DiffCommand.class),
      java.util.Map.entry("example", ExampleCommand.class),
      java.util.Map.entry("generate-completion", AutoComplete.GenerateCompletion.class),
      java.util.Map.entry("help", CommandLine.HelpCommand.class));

  /**
   * Adds the subcommands {@code args} can reach: when the first argument names a subcommand, that one alone (it is
   * the only one the run can execute, and its own help and errors name only itself and the top command); otherwise
   * (no command, an option first, an unknown command, or {@code help} and {@code generate-completion}, which
   * describe the others) all of them.
   */
  static void addSubcommands(CommandLine cli, String[] args) {
    Class<?> only = args.length == 0 ? null : SUBCOMMAND_NAMES.get(args[0]);
    if (only == CommandLine.HelpCommand.class || only == AutoComplete.GenerateCompletion.class) {
      only = null;
    }
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (only == null || subcommand == only) {
        cli.addSubcommand(subcommand);
      }
    }
  }

  /** Exit status for bad input of any kind. */
  static final int BAD_INPUT = 2;

  /** Exit status when the output cannot be written, or on an internal error. */
  static final int FAILED = 1;

  private static final String WRITE_FAILED =
      "multilateral: cannot write the output (is the disk full, or the pipe closed?)";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "Add the facts of a data file (same format as the bundled data) on top of the bundled data.")
  List<java.nio.file.Path> dataFiles = new ArrayList<>();

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

  /**
   * Prints the notes on an answer's limits (outside the data's declared coverage, after the day it is current to,
   * uncertain days) as one line on standard error; the exit status stays 0.
   */
  void note(List<String> notes) {
    if (!notes.isEmpty()) {
      spec.commandLine().getErr().println("multilateral: note: " + oneLine(String.join(" ", notes)));
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  public static void main(String[] args) {
    // UTF-8 whatever the locale: a name such as Türkiye must never come out as T?rkiye.
    // The example programs print with System.out; the commands with a writer of their own on the same descriptor, so
    // that a write error (a full disk) reaches checkError() instead of being swallowed by a PrintStream.
    PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(stdout);
    System.setErr(stderr);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    int status = run(args, new PrintWriter(new java.io.BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8))), err);
    stdout.flush();
    if (stdout.checkError() && status == 0) {
      err.println(WRITE_FAILED);
      status = FAILED;
    }
    System.exit(status);
  }

  /**
   * Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. An error
   * writing {@code out} (a full disk, a closed pipe) ends with status 1 and one line on {@code err}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, null);
  }

  /**
   * {@link #run(String[], PrintWriter, PrintWriter)} over {@code world} when it is not null, instead of loading the
   * bundled data and the {@code --data} files: for tests that run many commands over one loaded dataset.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Multilateral world) {
    Main main = new Main();
    main.world = world;
    return execute(commandLine(main, out, err, args), args, out, err);
  }

  /**
   * The command line of {@code main}, configured: the subcommands {@code args} can reach (every one when
   * {@code args} is null), converters, exit statuses, one-line errors.
   */
  private static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err, String[] args) {
    excludeUnusedConverters();
    CommandLine cli = new CommandLine(main);
    addSubcommands(cli, args == null ? new String[0] : args); // before the settings, which apply to subcommands
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(LocalDate.class, new DateConverter());
    cli.setExitCodeExceptionMapper(new ExitStatus());
    cli.setParameterExceptionHandler(new UsageErrors(cli, err));
    cli.setExecutionExceptionHandler(new CommandErrors(err));
    return cli;
  }

  // The four below are classes, not lambdas, for the start-up archive: picocli's interfaces are compiled for Java 5,
  // and a lambda implementing one makes the JVM link it while it dumps the archive, which then leaves it out, and
  // with it every class of picocli's that implements it (its 30 built-in converters).

  /** Dates on the command line: {@code YYYY-MM-DD}. */
  private static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      return parseDate(text);
    }
  }

  /** The exit status for an exception a command threw: {@link #exitStatus(Throwable)}. */
  private static final class ExitStatus implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable e) {
      return exitStatus(e);
    }
  }

  /** A bad command line: one line on standard error naming the command's help, and status 2. */
  private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final CommandLine top;
    private final PrintWriter err;

    UsageErrors(CommandLine top, PrintWriter err) {
      this.top = top;
      this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      err.println("multilateral: " + oneLine(usageMessage(top, e)) + " (see 'multilateral "
          + commandPath(e.getCommandLine()) + "--help')");
      return BAD_INPUT;
    }
  }

  /** A command that failed: one line on standard error, and status 2 for bad input, else 1. */
  private static final class CommandErrors implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    CommandErrors(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      int status = exitStatus(e);
      err.println("multilateral: " + (status == FAILED && !(e instanceof UncheckedIOException)
          ? "internal error, please report it: " : "") + message(e));
      return status;
    }
  }

  /**
   * Tells picocli not to make its converters for the java.sql and java.time types (unless the system property says
   * otherwise): no option here has such a type but {@link LocalDate}, whose converter is this program's own. picocli
   * makes them for every command line by loading each class, and {@code MonthDay}'s initialiser builds a date
   * formatter: about a tenth of the CPU of a run of {@code report BEL}.
   */
  private static void excludeUnusedConverters() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
    }
  }

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private static int execute(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
    int status = cli.execute(args);
    out.flush();
    err.flush();
    if (out.checkError() && status == 0) {
      err.println(WRITE_FAILED);
      return FAILED;
    }
    return status;
  }

  /**
   * One command line kept for many runs over one dataset, its output collected in memory: building picocli's model
   * once instead of for every run (picocli resets every option before each parse). For tests.
   */
  static final class Session {
    private final java.io.StringWriter out = new java.io.StringWriter();
    private final java.io.StringWriter err = new java.io.StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out);
    private final PrintWriter errWriter = new PrintWriter(err);
    private final CommandLine cli;

    Session(Multilateral world) {
      Main main = new Main();
      main.world = world;
      this.cli = commandLine(main, outWriter, errWriter, null);
    }

    /** Runs {@code args}; returns the exit status, standard output and standard error. */
    String[] run(String... args) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      int status = execute(cli, args, outWriter, errWriter);
      return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }
  }

  /** What was wrong with the command line, in the words of this program. */
  private static String usageMessage(CommandLine top, CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == top
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      List<String> commands = top.getSubcommands().entrySet().stream()
          .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden())
          .filter(c -> c.getKey().equals(c.getValue().getCommandName()))
          .map(java.util.Map.Entry::getKey).toList();
      return "unknown command '" + u.getUnmatched().get(0) + "'; the commands are: " + String.join(", ", commands);
    }
    return e.getMessage();
  }

  /** The exit status for an exception a command threw: 2 for bad input of any kind, else 1. */
  static int exitStatus(Throwable e) {
    if (e instanceof UnknownIdException || e instanceof DataFileException || e instanceof BadInputException
        || e instanceof DateTimeException || e instanceof IllegalArgumentException
        || e instanceof CommandLine.ParameterException) {
      return BAD_INPUT;
    }
    return FAILED;
  }

  /** What went wrong, on one line and without the names of Java classes. */
  private static String message(Throwable e) {
    String message = e.getMessage();
    if (e instanceof UncheckedIOException io && io.getCause() != null) {
      message = io.getCause().getMessage();
    }
    return oneLine(message == null || message.isBlank() ? "no detail was given" : message);
  }

  /**
   * {@code text} as one safe line for a terminal: a message may quote what a user typed or a data file holds, so
   * control characters (ESC could drive the terminal) and bidirectional overrides are shown as {@code [U+XXXX]}.
   */
  private static String oneLine(String text) {
    return Escaping.terminal(text.strip().replaceAll("\\s*\\R\\s*", " "));
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
      String program = null;
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          java.util.Properties p = new java.util.Properties();
          p.load(in);
          program = p.getProperty("version");
        }
      } catch (java.io.IOException e) {
        program = null;
      }
      return new String[] {
          "multilateral " + (program == null ? "(development build)" : program),
          "data " + MultilateralData.version() + ", current to " + MultilateralData.currentTo()
      };
    }
  }
}
