package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The project's {@code seeds/} are the source documents as they were given, in {@code ../shared/seeds/} beside the
 * repository (where CI puts them), unchanged. Runs only where that folder exists.
 */
@DisplayName("The seed documents")
class SeedsUnchangedTest {

  @Test
  @DisplayName("are the shared source documents, every one of them, byte for byte")
  void seedsAreTheSharedOriginals() throws IOException {
    Path project = Path.of(System.getProperty("basedir", "."), "..").normalize();
    Path shared = project.resolve("../shared/seeds").normalize();
    assumeTrue(Files.isDirectory(shared), "no ../shared/seeds beside the repository");
    List<Path> originals = texts(shared);
    assertEquals(originals.stream().map(Path::getFileName).map(Path::toString).toList(),
        texts(project.resolve("seeds")).stream().map(Path::getFileName).map(Path::toString).toList());
    for (Path original : originals) {
      assertArrayEquals(Files.readAllBytes(original),
          Files.readAllBytes(project.resolve("seeds").resolve(original.getFileName())), original.toString());
    }
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
