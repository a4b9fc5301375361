package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.multilateral.dataset.internal.BinaryData;

/** The compiled (binary) form the build makes of the bundled data loses nothing either, for any dataset. */
@DisplayName("Any dataset")
class BinaryRoundTripPropertiesTest {

  @Test
  @DisplayName("encoded in the compiled binary form and decoded is equal to itself")
  void binaryRoundTripIsLossless() {
    qt().withExamples(RoundTripPropertiesTest.TRIES).forAll(DatasetGenerator.DATASETS)
        .checkAssert(dataset -> assertEquals(dataset, BinaryData.decode(BinaryData.encode(dataset))));
  }
}
