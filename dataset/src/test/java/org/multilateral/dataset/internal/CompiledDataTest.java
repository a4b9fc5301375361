package org.multilateral.dataset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Dataset;
import org.multilateral.dataset.MultilateralData;

/** The build compiles the bundled JSON into one binary resource; what it serves is exactly what the JSON says. */
@DisplayName("The compiled bundled data")
class CompiledDataTest {

  @Test
  @DisplayName("is present in the build output, up to date, and equal to the dataset the JSON makes")
  void compiledEqualsJson() {
    Dataset fromJson = BundledData.fromJson().dataset();
    Dataset compiled = BundledData.compiled().orElseThrow(
        () -> new AssertionError("no up-to-date " + BundledData.COMPILED + " in the build output"));
    assertEquals(fromJson, compiled);
    assertEquals(fromJson, MultilateralData.bundled());
  }

  @Test
  @DisplayName("made again from the same JSON is byte for byte the same")
  void compilingIsDeterministic() {
    BundledData.Loaded loaded = BundledData.fromJson();
    assertTrue(Arrays.equals(BundledData.compile(loaded), BundledData.compile(BundledData.fromJson())));
  }

  @Test
  @DisplayName("refuses bytes that are not a compiled dataset")
  void corruptBytesAreRejected() {
    byte[] good = BinaryData.encode(BundledData.fromJson().dataset());
    assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(Arrays.copyOf(good, good.length / 2)));
    assertThrows(IllegalArgumentException.class, () -> BinaryData.decode(new byte[] {1, 2, 3, 4}));
  }
}
