package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Every date that can be built prints in the form {@link PartialDate#parse} reads back, at its precision, over the
 * whole range the format allows (years 1000 to 9999); a date outside it cannot be built at all.
 */
class PartialDatePropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);

  @Test
  void everyDateInTheRangePrintsAndReadsBack() {
    long first = LocalDate.of(PartialDate.MIN_YEAR, 1, 1).toEpochDay();
    long last = LocalDate.of(PartialDate.MAX_YEAR, 12, 31).toEpochDay();
    qt().withExamples(TRIES).forAll(integers().between(0, (int) (last - first)), integers().between(0, 2))
        .checkAssert((offset, precision) -> {
          LocalDate day = LocalDate.ofEpochDay(first + offset);
          PartialDate date = switch (precision) {
            case 0 -> PartialDate.of(day);
            case 1 -> PartialDate.of(YearMonth.from(day));
            default -> PartialDate.of(Year.from(day));
          };
          assertEquals(date, PartialDate.parse(date.toString()), date.toString());
          assertTrue(date.covers(day));
        });
  }

  @Test
  void theEdgesOfTheRangeHoldAndTheYearsBeyondAreRefused() {
    assertEquals("1000", PartialDate.of(Year.of(1000)).toString());
    assertEquals("9999-12-31", PartialDate.of(9999, 12, 31).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PartialDate.of(Year.of(999)));
    assertEquals("date 0999-01-01 is out of range: years 1000 to 9999 only", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("0999"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.of(LocalDate.of(10000, 1, 1)));
  }
}
