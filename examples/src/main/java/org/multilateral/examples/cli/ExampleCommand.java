package org.multilateral.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.multilateral.examples.AllianceAgenda;
import org.multilateral.examples.EuOutsideNato;
import org.multilateral.examples.NatoOnADay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code multilateral example NAME [ARGS]}: runs one of the example programs. */
@Command(name = "example", mixinStandardHelpOptions = true,
    description = {"Runs one of the example programs: NatoOnADay, EuOutsideNato or AllianceAgenda.",
        "Their source is in examples/src/main/java/org/multilateral/examples."})
final class ExampleCommand implements Callable<Integer> {

  /** The example programs by name, in the order help lists them. */
  static final Map<String, Consumer<String[]>> PROGRAMS = programs();

  @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class,
      description = "The program: ${COMPLETION-CANDIDATES}.")
  String name;

  @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments for the program.")
  List<String> args = new ArrayList<>();

  private static Map<String, Consumer<String[]>> programs() {
    Map<String, Consumer<String[]>> programs = new LinkedHashMap<>();
    programs.put("NatoOnADay", NatoOnADay::main);
    programs.put("EuOutsideNato", EuOutsideNato::main);
    programs.put("AllianceAgenda", AllianceAgenda::main);
    return java.util.Collections.unmodifiableMap(programs);
  }

  @Override
  public Integer call() {
    Consumer<String[]> program = PROGRAMS.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new BadInputException("unknown example '" + name + "'; expected one of: "
            + String.join(", ", new Names())));
    program.accept(args.toArray(String[]::new));
    return 0;
  }

  /** The names of the example programs, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return PROGRAMS.keySet().iterator();
    }
  }
}
