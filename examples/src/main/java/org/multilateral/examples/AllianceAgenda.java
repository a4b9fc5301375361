package org.multilateral.examples;

import org.multilateral.core.CountryCode;
import org.multilateral.core.Event;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;

/**
 * The Alliance for Multilateralism's agenda: every dated event in the data, with its place and the countries the
 * sources name, and the source of each line.
 *
 * <p>Run it with {@code ./multilateral example AllianceAgenda}.
 */
public final class AllianceAgenda {

  private AllianceAgenda() {}

  public static void main(String[] args) {
    Multilateral world = Multilateral.over(MultilateralData.bundled());
    for (Event event : world.events("alliance-for-multilateralism").list()) {
      String participants = String.join(", ", event.participants().stream().map(CountryCode::value).toList());
      System.out.println(event.start() + "  " + event.title() + event.place().map(p -> " (" + p + ")").orElse("")
          + (participants.isEmpty() ? "" : " [" + participants + "]"));
      System.out.println("            source: " + event.sources().get(0).citation());
    }
  }
}
