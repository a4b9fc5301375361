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
    return cli(java.util.Map.of(), null, args);
  }

  /** Runs the CLI with {@code env} added to the environment, and standard output to {@code out} if not null. */
  private static Run cli(java.util.Map<String, String> env, File out, String... args)
      throws IOException, InterruptedException {
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
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    if (out != null) {
      builder.redirectOutput(out);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] stdout = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");
    return new Run(process.exitValue(), new String(stdout, StandardCharsets.ISO_8859_1),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeCommandPrintsTheNineteenAlliesOf1999() throws Exception {
    Run run = cli("members", "NATO", "--as-of", "1999-06-01", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("iso3,iso2,name,role,start,end,certainty", lines.get(0));
    assertEquals(1 + 19, lines.size(), run.out());
    assertTrue(lines.contains("POL,PL,Poland,member,1999-03-12,,certain"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void anUnknownOrganisationIsOneLineOnStandardErrorWithStatusTwo() throws Exception {
    Run run = cli("members", "NAT0");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(List.of("multilateral: unknown organisation 'NAT0'; did you mean NATO?"), run.err().lines().toList());
  }

  @Test
  void theOutputIsTheSameUtf8BytesWhateverTheLocale() throws Exception {
    // The output is read as ISO-8859-1 above, so these strings are the raw bytes.
    Run c = cli(java.util.Map.of("LC_ALL", "C", "LANG", "C"), null, "members", "NATO", "--format", "markdown");
    Run utf8 = cli(java.util.Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), null, "members", "NATO", "--format",
        "markdown");
    assertEquals(0, c.status(), c.err());
    assertEquals(utf8.out(), c.out());
    assertTrue(c.out().contains(new String("T\u00fcrkiye".getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1)), "T\u00fcrkiye in UTF-8");
  }

  @Test
  void aFullDiskIsAnErrorWithOneLineAndStatusOne() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "a Linux /dev/full");
    Run run = cli(java.util.Map.of(), full, "members", "UN", "--format", "json");
    assertEquals(1, run.status(), run.err());
    assertEquals(List.of("multilateral: cannot write the output (is the disk full, or the pipe closed?)"),
        run.err().lines().toList());
  }

  @Test
  void thePackagedProgramPrintsItsRealVersion() throws Exception {
    Run run = cli("--version");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("multilateral 0."), "the version from the jar's manifest: " + run.out());
  }
}
