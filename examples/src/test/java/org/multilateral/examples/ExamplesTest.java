package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example program runs and prints what its Javadoc promises. */
class ExamplesTest {

  interface Program {
    void main(String[] args) throws Exception;
  }

  private static List<String> run(Program program, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      program.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void natoOnADayListsTheAlliesWithTheDayEachJoined() throws Exception {
    List<String> lines = run(NatoOnADay::main, "1999-06-01");
    assertEquals(19, lines.size());
    assertEquals("Belgium since 1949-08-24", lines.get(0));
    assertTrue(lines.contains("Poland since 1999-03-12"));
  }

  @Test
  void euOutsideNatoIn2024IsAustriaCyprusIrelandAndMalta() throws Exception {
    assertEquals(List.of("Austria", "Cyprus", "Ireland", "Malta"),
        run(EuOutsideNato::main, "2024-06-01").stream().sorted().toList());
  }

  @Test
  void theAllianceAgendaCitesASourceForEveryEvent() throws Exception {
    List<String> lines = run(AllianceAgenda::main);
    assertTrue(lines.size() >= 10, String.join("\n", lines));
    for (int i = 0; i < lines.size(); i += 2) {
      assertTrue(lines.get(i + 1).trim().startsWith("source: "), lines.get(i + 1));
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2021-02-24")));
  }
}
