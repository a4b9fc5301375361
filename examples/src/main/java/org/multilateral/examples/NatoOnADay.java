package org.multilateral.examples;

import java.time.LocalDate;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Member;
import org.multilateral.query.Multilateral;

/**
 * NATO's members on a day, with the day each joined: the README's first example.
 *
 * <p>Run it with {@code ./multilateral example NatoOnADay [YYYY-MM-DD]}.
 */
public final class NatoOnADay {

  private NatoOnADay() {}

  public static void main(String[] args) {
    LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(1999, 6, 1);
    Multilateral world = Multilateral.over(MultilateralData.bundled());
    for (Member ally : world.members("NATO").asOf(day).list()) {
      System.out.println(ally.country().name() + " since " + ally.start());
    }
  }
}
