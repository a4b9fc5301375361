package org.multilateral.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./multilateral} launcher picks its JVM and start-up cache, and falls back cleanly: {@code java} and a
 * class-data-sharing archive by default, and when an ahead-of-time cache is asked for but no JDK can make one; a run
 * without the archive or cache when it is damaged. Each run answers the same, with nothing on standard error. The
 * launcher runs on the packaged jars ({@code MULTILATERAL_BUILD=never}), with its caches in a fresh directory.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("..", "multilateral");
  private static final Map<String, String> AOT = Map.of("MULTILATERAL_AOT", "on");

  private record Run(int status, String out, String err) {}

  private static Run launch(Path caches, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = new HashMap<>(env);
    environment.put("MULTILATERAL_BUILD", "never");
    environment.put("MULTILATERAL_CACHE_DIR", caches.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** The caches in {@code dir} (not the launcher's marker that the directory is writable, .writable). */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".writable")).sorted().toList();
    }
  }

  /** A JDK 25 or later installed where the launcher looks, if any. */
  private static boolean aotJdkInstalled() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return false;
    }
    try (Stream<Path> jdks = Files.list(jvms)) {
      return jdks.map(j -> j.resolve("release")).filter(Files::isRegularFile).anyMatch(release -> {
        try {
          String version = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION=\""))
              .findFirst().orElse("JAVA_VERSION=\"0").substring("JAVA_VERSION=\"".length()).split("[.\"]")[0];
          return Files.isExecutable(release.resolveSibling("bin/java")) && Integer.parseInt(version) >= 25;
        } catch (IOException | NumberFormatException e) {
          return false;
        }
      });
    }
  }

  private static void assertNatoMembers(Run run) {
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("BEL ")), run.out());
  }

  @Test
  void byDefaultItRunsOnJavaWithAClassDataSharingArchiveAndADamagedOneIsIgnored(@TempDir Path caches)
      throws Exception {
    Run first = launch(caches, Map.of(), "members", "NATO");
    assertNatoMembers(first);
    assertEquals(List.of("multilateral.jsa"), files(caches), "the first run made the archive, and nothing else");
    Run second = launch(caches, Map.of(), "members", "NATO");
    assertNatoMembers(second);
    assertEquals(first.out(), second.out());

    // A damaged archive, newer than the jars so that the launcher keeps it: the JVM runs without it.
    Path archive = caches.resolve("multilateral.jsa");
    Files.delete(archive); // the JVM makes it read-only
    Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Run damaged = launch(caches, Map.of(), "members", "NATO");
    assertNatoMembers(damaged);
    assertEquals(first.out(), damaged.out());
  }

  /**
   * The archive holds every class a run loads from the project's jars and picocli's: none is read from a jar at run
   * time. (JDK 17 leaves out of a dynamic archive the classes compiled for Java 5, picocli's, and out of a static one
   * any such class the dump had to link, as a lambda implementing one of picocli's interfaces makes it.)
   */
  @Test
  void theArchiveHoldsEveryClassOfTheProjectAndPicocliThatARunLoads(@TempDir Path caches) throws Exception {
    assertNatoMembers(launch(caches, Map.of(), "members", "NATO")); // makes the archive
    Path target = Path.of("target").toAbsolutePath();
    Path jar;
    try (Stream<Path> jars = Files.list(target)) {
      jar = jars.filter(p -> p.getFileName().toString().matches("multilateral-examples-.*(?<!-sources|-javadoc)\\.jar"))
          .findFirst().orElseThrow();
    }
    // As the launcher starts it, with the class loading logged.
    ProcessBuilder builder = new ProcessBuilder("java", "-XX:SharedArchiveFile=" + caches.resolve("multilateral.jsa"),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:class+load=info", "-cp",
        jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*",
        "org.multilateral.examples.cli.Main", "report", "BEL");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    process.getOutputStream().close();
    List<String> log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run did not finish");
    assertEquals(0, process.exitValue());
    long shared = log.stream().filter(l -> l.contains("source: shared objects file")).count();
    List<String> fromJars = log.stream().filter(l -> l.contains("source: file:")).toList();
    assertTrue(shared > 1000, "the archive was not used: " + shared + " classes from it");
    assertEquals(List.of(), fromJars, "classes read from jars at run time");
  }

  @Test
  void withoutAUsableNewerJdkItRunsOnJavaWithAClassDataSharingArchive(@TempDir Path caches) throws Exception {
    Map<String, String> env = Map.of("MULTILATERAL_AOT", "on", "MULTILATERAL_AOT_JAVA", "/nonexistent/bin/java");
    Run first = launch(caches, env, "members", "NATO");
    assertNatoMembers(first);
    assertEquals(List.of("multilateral.jsa"), files(caches), "the first run made the archive");
    Run second = launch(caches, env, "members", "NATO");
    assertNatoMembers(second);
    assertEquals(first.out(), second.out());
  }

  @Test
  void aReadOnlyInstallationRunsWithoutMakingACache() throws Exception {
    // Nothing can be created under /proc, not even by root (a permission test would pass for root).
    Path readOnly = Path.of("/proc", "multilateral-cache");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "a Linux /proc");
    for (Map<String, String> env : List.of(Map.of("MULTILATERAL_AOT", "on"), Map.<String, String>of())) {
      assertNatoMembers(launch(readOnly, env, "members", "NATO"));
    }
    assertTrue(Files.notExists(readOnly));
  }

  @Test
  void aotOffKeepsToJavaAndItsArchive(@TempDir Path caches) throws Exception {
    assertNatoMembers(launch(caches, Map.of("MULTILATERAL_AOT", "off"), "members", "NATO"));
    assertEquals(List.of("multilateral.jsa"), files(caches));
  }

  @Test
  void askedForANewerJdkMakesAnAheadOfTimeCacheAndADamagedOneIsIgnored(@TempDir Path caches) throws Exception {
    assumeTrue(aotJdkInstalled(), "a JDK 25 or later in /usr/lib/jvm");
    Run first = launch(caches, AOT, "members", "NATO");
    assertNatoMembers(first);
    List<String> made = files(caches);
    assertEquals(1, made.size(), made.toString());
    assertTrue(made.get(0).matches("multilateral-jdk\\d+\\.aot"), made.toString());
    Path cache = caches.resolve(made.get(0));
    assertNatoMembers(launch(caches, AOT, "members", "NATO"));

    // A damaged cache, newer than the jars so that the launcher keeps it: the JVM runs without it.
    Files.write(cache, "not an AOT cache".getBytes(StandardCharsets.UTF_8));
    Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Run damaged = launch(caches, AOT, "members", "NATO");
    assertNatoMembers(damaged);
    assertEquals(first.out(), damaged.out());

    // A cache older than the jars is removed and made again.
    Files.setLastModifiedTime(cache, FileTime.fromMillis(0));
    assertNatoMembers(launch(caches, AOT, "members", "NATO"));
    assertFalse(new String(Files.readAllBytes(cache), StandardCharsets.UTF_8).startsWith("not an AOT cache"),
        "a new cache replaced the stale one");
  }
}
