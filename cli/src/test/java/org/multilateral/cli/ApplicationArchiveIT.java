package org.multilateral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application archive runs as a user would run it, with no Maven and no checkout: its bin/multilateral script
 * (through a symbolic link too) and the runnable jar, with a clean environment but for the Java that runs the build.
 */
class ApplicationArchiveIT {

  private record Run(int status, String out, String err) {}

  private static Path home() throws Exception {
    try (Stream<Path> dirs = Files.list(Path.of("target"))) {
      Path bin = dirs.filter(p -> p.getFileName().toString().endsWith("-bin")).findFirst().orElseThrow();
      try (Stream<Path> inside = Files.list(bin)) {
        return inside.filter(Files::isDirectory).findFirst().orElseThrow();
      }
    }
  }

  private static Run run(List<String> command) throws Exception {
    return run(command, Map.of());
  }

  private static Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Process p = builder.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private static Run script(Path script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void theScriptRunsTheToolFromTheArchive() throws Exception {
    Path bin = home().resolve("bin").resolve("multilateral");
    assertTrue(Files.isExecutable(bin), "bin/multilateral is executable");
    Run version = script(bin, "--version");
    assertEquals(0, version.status(), version.err());
    assertTrue(version.out().startsWith("multilateral 0."), version.out());
    Run members = script(bin, "members", "NATO", "--as-of", "1999-06-01", "--format", "csv");
    assertEquals(0, members.status(), members.err());
    assertEquals(1 + 19, members.out().lines().count());
    Run nope = script(bin, "example", "Nope");
    assertEquals(2, nope.status());
    assertEquals(1, nope.err().lines().count(), nope.err());
    assertTrue(Files.isRegularFile(home().resolve("LICENSE")), "the licence is in the archive");
  }

  /**
   * Given a cache folder, the first run makes a class-data-sharing archive there, which later runs use: a run with it
   * reads no class from a jar. A damaged archive is ignored. (Without a cache folder, as in the tests above, where
   * neither HOME nor XDG_CACHE_HOME is set, the script runs without one.)
   */
  @Test
  void theScriptMakesAStartUpArchiveInTheCacheAndUsesIt(@org.junit.jupiter.api.io.TempDir Path cache)
      throws Exception {
    Path bin = home().resolve("bin").resolve("multilateral");
    Map<String, String> env = Map.of("MULTILATERAL_CACHE_DIR", cache.toString());
    Run first = run(List.of("bash", bin.toString(), "members", "NATO", "--format", "csv"), env);
    assertEquals(0, first.status(), first.err());
    assertEquals("", first.err());
    List<Path> made;
    try (Stream<Path> files = Files.list(cache)) {
      made = files.toList();
    }
    assertEquals(1, made.size(), made.toString());
    Path archive = made.get(0);
    assertTrue(archive.getFileName().toString().endsWith(".jsa"), archive.toString());
    Run second = run(List.of("bash", bin.toString(), "members", "NATO", "--format", "csv"), env);
    assertEquals(first, second);

    // As the script starts it, with the class loading logged.
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Run logged = run(List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-Xlog:class+load=info", "-cp",
        home().toAbsolutePath() + File.separator + "lib" + File.separator + "*",
        "org.multilateral.examples.cli.Main", "report", "BEL"));
    assertEquals(0, logged.status(), logged.err());
    List<String> fromJars = logged.out().lines().filter(l -> l.contains("source: file:")).toList();
    assertTrue(logged.out().lines().filter(l -> l.contains("source: shared objects file")).count() > 1000,
        "the archive was not used");
    assertEquals(List.of(), fromJars, "classes read from jars at run time");

    Files.delete(archive); // the JVM makes it read-only
    Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
    assertEquals(first, run(List.of("bash", bin.toString(), "members", "NATO", "--format", "csv"), env));
  }

  @Test
  void theScriptFindsItsJarsThroughASymbolicLink(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path link = dir.resolve("multilateral");
    Files.createSymbolicLink(link, home().resolve("bin").resolve("multilateral").toAbsolutePath());
    Run run = script(link, "members", "EU", "--as-of", "2020-01-31", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("GBR,GB,United Kingdom"), run.out());
  }

  @Test
  void theRunnableJarRunsWithJavaDashJar() throws Exception {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().matches("multilateral-cli-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow();
    }
    Run run = run(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-jar", jar.toString(), "council", "--as-of", "1965-06-01", "--format", "csv"));
    assertEquals(0, run.status(), run.err());
    assertEquals(1 + 11, run.out().lines().count(), run.out());
  }
}
