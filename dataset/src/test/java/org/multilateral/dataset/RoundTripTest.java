package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multilateral.core.Dataset;

/** Nothing is lost: the bundled data written as JSON and read back is the same dataset. */
@DisplayName("Writing the bundled data")
class RoundTripTest {

  @Test
  @DisplayName("and reading it back gives an equal dataset")
  void bundledRoundTrip() {
    Dataset bundled = MultilateralData.bundled();
    Dataset again = MultilateralData.read("export.json", MultilateralData.toJson(bundled));
    assertNotSame(bundled, again);
    assertEquals(bundled, again);
    assertEquals(bundled.memberships(), again.memberships());
    assertEquals(bundled.version(), again.version());
    assertEquals(bundled.currentTo(), again.currentTo());
  }

  @Test
  @DisplayName("through a file gives an equal dataset, and writing that again gives the same bytes")
  void bundledRoundTripThroughAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.json");
    try (var out = Files.newOutputStream(file)) {
      MultilateralData.write(MultilateralData.bundled(), out);
    }
    Dataset again = MultilateralData.read(file);
    assertEquals(MultilateralData.bundled(), again);
    assertArrayEquals(Files.readAllBytes(file), MultilateralData.toJson(again));
  }

  @Test
  @DisplayName("with write and with toJson gives the same bytes")
  void writeEqualsToJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MultilateralData.write(MultilateralData.bundled(), out);
    assertArrayEquals(MultilateralData.toJson(MultilateralData.bundled()), out.toByteArray());
  }
}
