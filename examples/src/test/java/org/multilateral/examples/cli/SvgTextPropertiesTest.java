package org.multilateral.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link SvgText#format} writes what {@code String.format(Locale.ROOT, ...)} writes, for the conversions it takes. */
class SvgTextPropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);

  private static void sameAsFormatter(String template, Object... args) {
    assertEquals(String.format(Locale.ROOT, template, args), SvgText.format(template, args), template);
  }

  @Test
  void fixedPointNumbersAreWrittenAsTheFormatterWritesThem() {
    qt().withExamples(TRIES).forAll(doubles().any(), integers().between(0, 9)).checkAssert((value, decimals) ->
        sameAsFormatter("%." + decimals + "f", value));
    // Coordinates as the pictures make them: a few thousand units, at most a few decimals, ties included.
    qt().withExamples(TRIES).forAll(integers().between(-2_000_000, 2_000_000), integers().between(0, 3))
        .checkAssert((thousandths, decimals) -> {
          sameAsFormatter("%." + decimals + "f", thousandths / 1000.0);
          sameAsFormatter("x=\"%." + decimals + "f\"", thousandths / 200.0 + 0.0005);
        });
  }

  @Test
  void theEdgesOfDoublesAreWrittenAsTheFormatterWritesThem() {
    for (double value : new double[] {0.0, -0.0, -0.04, -0.05, 0.05, 0.15, 0.25, 0.35, 1.0005, 2.675, 1e-7, -1e-7,
        9.9996, 0.9995, 99.95, 999.5, -999.5, 1e-3, 9.999999e6, 1e7, 1e21, 123456789.125, Double.MIN_VALUE,
        Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      for (int decimals = 0; decimals <= 3; decimals++) {
        sameAsFormatter("%." + decimals + "f", value);
      }
      sameAsFormatter("%.1f", (float) value);
    }
  }

  @Test
  void textIntegersAndLineBreaksAreWrittenAsTheFormatterWritesThem() {
    sameAsFormatter("<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s</text>%n", 24, 41.25, "#1f2933", "Belgium");
    sameAsFormatter("%d %d %s %s", Long.MIN_VALUE, -7, null, 3.5);
    sameAsFormatter("no conversion at all");
  }

  @Test
  void otherConversionsAndMissingArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SvgText.format("%5d", 1));
    assertThrows(IllegalArgumentException.class, () -> SvgText.format("%x", 1));
    assertThrows(IllegalArgumentException.class, () -> SvgText.format("%d", 1.5));
    assertThrows(IllegalArgumentException.class, () -> SvgText.format("%.1f", 1));
    assertThrows(IllegalArgumentException.class, () -> SvgText.format("%s and %s", "one"));
    assertThrows(IllegalArgumentException.class, () -> SvgText.format("100%"));
  }
}
