package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void theFormOfTheTextSetsThePrecision() {
    assertEquals(DatePrecision.DAY, PartialDate.parse("1949-04-04").precision());
    assertEquals(DatePrecision.MONTH, PartialDate.parse("2019-09").precision());
    assertEquals(DatePrecision.YEAR, PartialDate.parse("1973").precision());
  }

  @Test
  void aMonthIsNeverPrintedAsItsFirstDay() {
    PartialDate september = PartialDate.parse("2019-09");
    assertEquals("2019-09", september.toString());
    assertEquals(LocalDate.of(2019, 9, 1), september.earliest());
    assertEquals(LocalDate.of(2019, 9, 30), september.latest());
    assertFalse(september.isExact());
  }

  @Test
  void aYearCoversEveryDayOfIt() {
    PartialDate leap = PartialDate.parse("2024");
    assertEquals(LocalDate.of(2024, 12, 31), leap.latest());
    assertTrue(leap.covers(LocalDate.of(2024, 2, 29)));
    assertFalse(leap.covers(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void earlierDatesSortFirstAndCoarserPrecisionFirstOnTheSameDay() {
    assertTrue(PartialDate.parse("1955").compareTo(PartialDate.parse("1955-01-01")) < 0);
    assertTrue(PartialDate.parse("1955-05-06").compareTo(PartialDate.parse("1955-05-07")) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1949-4-4", "04-04-1949", "1949-13", "1949-02-30", "1949-04-04T00:00", "nineteen"})
  void badTextIsRejectedWithAMessageQuotingIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void aPartialDateMustBeStoredAsTheFirstDayOfItsPeriod() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImmutablePartialDate.of(LocalDate.of(2019, 9, 15), DatePrecision.MONTH));
    assertTrue(e.getMessage().contains("2019-09-15"), e.getMessage());
  }

  @Test
  void parseReadsWhatToStringWrites() {
    for (String text : new String[] {"1949-04-04", "2019-09", "1973"}) {
      assertEquals(text, PartialDate.parse(text).toString());
    }
  }
}
