package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The CLI adds only the subcommand a run names, from a table of names: the table agrees with the subcommands' own
 * annotations, and a run sees the same command tree it would with every subcommand added.
 */
class SubcommandTableTest {

  @Test
  void theNamesAreThoseTheSubcommandsAnnotationsGive() {
    Map<String, Class<?>> fromAnnotations = new HashMap<>();
    for (Class<?> subcommand : Main.SUBCOMMANDS) {
      Command command = subcommand.getAnnotation(Command.class);
      fromAnnotations.put(command.name(), subcommand);
      for (String alias : command.aliases()) {
        fromAnnotations.put(alias, subcommand);
      }
    }
    assertEquals(fromAnnotations, Main.SUBCOMMAND_NAMES);
  }

  private static List<String> subcommands(String... args) {
    CommandLine cli = new CommandLine(new Main());
    Main.addSubcommands(cli, args);
    return List.copyOf(cli.getSubcommands().keySet());
  }

  @Test
  void aRunThatNamesASubcommandGetsThatOneAndOthersGetAll() {
    List<String> all = subcommands();
    assertEquals(List.of("organisations", "orgs", "members", "memberships", "changes", "timeline", "chart", "map",
        "events", "initiatives", "offices", "council", "report", "export", "diff", "example", "generate-completion",
        "help"), all);
    assertEquals(List.of("members"), subcommands("members", "NATO"));
    assertEquals(List.of("organisations", "orgs"), subcommands("orgs"));
    assertEquals(all, subcommands("help", "members"));
    assertEquals(all, subcommands("generate-completion"));
    assertEquals(all, subcommands("--data", "x.json", "members", "NATO"));
    assertEquals(all, subcommands("membres"));
  }

  @Test
  void aSubcommandsHelpIsTheSameAloneAsAmongAll() {
    for (String name : List.of("members", "report", "orgs")) {
      StringWriter alone = new StringWriter();
      StringWriter among = new StringWriter();
      CommandLine one = new CommandLine(new Main());
      Main.addSubcommands(one, new String[] {name});
      one.getSubcommands().get(name).usage(new PrintWriter(alone));
      CommandLine every = new CommandLine(new Main());
      Main.addSubcommands(every, new String[0]);
      every.getSubcommands().get(name).usage(new PrintWriter(among));
      assertEquals(among.toString(), alone.toString(), name);
    }
  }

  /**
   * The CLI tells picocli not to make its java.sql and java.time converters: no option or parameter may have such a
   * type but LocalDate, whose converter is the CLI's own.
   */
  @Test
  void noOptionNeedsTheConvertersTheCliLeavesOut() {
    CommandLine cli = new CommandLine(new Main());
    Main.addSubcommands(cli, new String[0]);
    List<CommandLine> all = new java.util.ArrayList<>(List.of(cli));
    all.addAll(cli.getSubcommands().values());
    int checked = 0;
    for (CommandLine command : all) {
      for (CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
        List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.type()));
        types.addAll(List.of(arg.auxiliaryTypes()));
        for (Class<?> type : types) {
          String name = type.getName();
          checked++;
          org.junit.jupiter.api.Assertions.assertFalse(
              (name.startsWith("java.time.") || name.startsWith("java.sql.")) && type != java.time.LocalDate.class,
              command.getCommandName() + " " + arg + " has the type " + name);
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(checked > 50, "only " + checked + " types checked");
  }
}
