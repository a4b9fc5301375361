package org.example.consumer;

import java.time.LocalDate;
import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;

/** The README's first Java lines, as a user would write them. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Multilateral world = Multilateral.over(MultilateralData.bundled());
    long allies = world.members("NATO").asOf(LocalDate.of(1999, 6, 1)).count();
    System.out.println("NATO had " + allies + " Allies on 1999-06-01");
    // null on the class path (the unnamed module), the module's name on the module path.
    System.out.println("query module: " + Multilateral.class.getModule().getName());
    // The one dependency brings no JSON parser: loading the bundled data does not need one.
    boolean jackson;
    try {
      Class.forName("tools.jackson.databind.json.JsonMapper");
      jackson = true;
    } catch (ClassNotFoundException e) {
      jackson = false;
    }
    System.out.println("jackson: " + (jackson ? "present" : "absent"));
  }
}
