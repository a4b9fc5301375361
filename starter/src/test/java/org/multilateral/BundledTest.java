package org.multilateral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.multilateral.dataset.MultilateralData;

class BundledTest {

  @Test
  void oneCallGivesTheSharedQueryApiOverTheBundledData() {
    assertSame(Bundled.multilateral(), Bundled.multilateral());
    assertSame(MultilateralData.bundled(), Bundled.multilateral().dataset());
    assertEquals(19, Bundled.multilateral().members("NATO").asOf(LocalDate.of(1999, 6, 1)).count());
  }
}
