package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.multilateral.examples.cli.Main;

/**
 * Every command shown in the READMEs with its output prints that output today: a block that starts with
 * {@code $ ./multilateral ARGS} is run, and each line shown must be the line printed. A line cut with " …" must be
 * the start of the line printed, and a last line "…" stands for the lines left out.
 */
class ReadmeTest {

  private record Example(String file, String command, List<String> shown) {}

  private static List<Example> examples(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("```") && i + 1 < lines.size() && lines.get(i + 1).startsWith("$ ./multilateral ")) {
        String command = lines.get(i + 1).substring("$ ./multilateral ".length());
        List<String> shown = new ArrayList<>();
        int j = i + 2;
        for (; !lines.get(j).equals("```"); j++) {
          shown.add(lines.get(j));
        }
        out.add(new Example(file.getFileName().toString(), command, shown));
        i = j;
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandInTheReadmesPrintsWhatTheyShow() throws IOException {
    List<Example> all = new ArrayList<>(examples(Path.of("..", "README.md")));
    all.addAll(examples(Path.of("..", "query", "README.md")));
    assertTrue(all.size() >= 15, "examples found: " + all.size());
    return all.stream().map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.command(), () -> check(e)));
  }

  private static void check(Example e) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(e.command().split(" "), new PrintWriter(out), new PrintWriter(err));
    List<String> printed = out.toString().lines().toList();
    if (status != 0) {
      printed = err.toString().lines().toList();
    }
    for (int i = 0; i < e.shown().size(); i++) {
      String shown = e.shown().get(i);
      if (shown.equals("…")) {
        assertTrue(printed.size() > i, "lines left out of " + e.command());
        return;
      }
      assertTrue(i < printed.size(), e.command() + ": line " + (i + 1) + " is not printed: " + shown);
      if (shown.endsWith(" …")) {
        String start = shown.substring(0, shown.length() - 2);
        assertTrue(printed.get(i).startsWith(start), e.command() + ": line " + (i + 1) + "\n  shown:   " + shown
            + "\n  printed: " + printed.get(i));
      } else {
        assertEquals(shown, printed.get(i), e.command() + ": line " + (i + 1));
      }
    }
    assertEquals(e.shown().size(), printed.size(), e.command() + ": the lines printed after those shown");
  }
}
