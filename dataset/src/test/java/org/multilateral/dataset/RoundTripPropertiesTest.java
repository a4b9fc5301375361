package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.multilateral.core.Dataset;

/**
 * Nothing is lost, for any dataset: every core type, with every optional part present or absent and any text,
 * survives writing to JSON and reading back.
 */
@DisplayName("Any dataset")
class RoundTripPropertiesTest {

  static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);

  @Test
  @DisplayName("written as JSON and read back is equal to itself")
  void jsonRoundTripIsLossless() {
    qt().withExamples(TRIES).forAll(DatasetGenerator.DATASETS).checkAssert(dataset -> {
      byte[] json = MultilateralData.toJson(dataset);
      Dataset again = MultilateralData.read("generated.json", json);
      assertEquals(dataset, again);
      assertArrayEquals(json, MultilateralData.toJson(again));
    });
  }
}
