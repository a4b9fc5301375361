package org.multilateral.examples;

import java.time.LocalDate;
import org.multilateral.core.Country;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;

/**
 * The EU members that are not NATO Allies on a day: set algebra across organisations.
 *
 * <p>Run it with {@code ./multilateral example EuOutsideNato [YYYY-MM-DD]}.
 */
public final class EuOutsideNato {

  private EuOutsideNato() {}

  public static void main(String[] args) {
    LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2024, 6, 1);
    Multilateral world = Multilateral.over(MultilateralData.bundled());
    for (Country country : world.members("EU").asOf(day).not("NATO").list()) {
      System.out.println(country.name());
    }
  }
}
