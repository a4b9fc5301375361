package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged CLI as the launcher does, on the module path, in a fresh JVM: this checks the module
 * descriptors (requires, exports, opens) that the class-path unit tests cannot.
 */
class ModulePathIT {

  private record Run(int status, String out, String err) {}

  private static Run cli(String... args) throws IOException, InterruptedException {
    Path target = Path.of("target");
    Path jar;
    try (Stream<Path> files = Files.list(target)) {
      jar = files.filter(p -> p.getFileName().toString().matches("multilateral-examples-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no packaged jar in " + target.toAbsolutePath()));
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-p", target.resolve("lib") + File.pathSeparator + jar,
        "-m", "org.multilateral.examples/org.multilateral.examples.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeCommandPrintsTheNineteenAlliesOf1999() throws Exception {
    Run run = cli("members", "NATO", "--as-of", "1999-06-01", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("iso3,iso2,name,role,joined,left", lines.get(0));
    assertEquals(1 + 19, lines.size(), run.out());
    assertTrue(lines.contains("POL,PL,Poland,member,1999-03-12,"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void anUnknownOrganisationIsOneLineOnStandardErrorWithStatusTwo() throws Exception {
    Run run = cli("members", "NAT0");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(List.of("multilateral: unknown organisation 'NAT0'; did you mean NATO?"), run.err().lines().toList());
  }
}
