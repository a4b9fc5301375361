package org.multilateral.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * A training run for the launcher's ahead-of-time cache: runs a few typical commands, their output discarded, so
 * that the cache holds the classes of each (a real run would record only its own command's). Not for users.
 */
public final class Training {

  /** The commands run; together they load what the commands people run most load. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("members", "NATO"),
      List.of("report", "BEL"),
      List.of("memberships", "BEL"),
      List.of("changes", "NATO"),
      List.of("--help"));

  private Training() {}

  public static void main(String[] args) {
    int failed = 0;
    for (List<String> command : COMMANDS) {
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      failed += Main.run(command.toArray(String[]::new), discard, discard) == 0 ? 0 : 1;
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
