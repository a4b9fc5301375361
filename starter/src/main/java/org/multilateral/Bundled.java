package org.multilateral;

import org.multilateral.dataset.MultilateralData;
import org.multilateral.query.Multilateral;

/**
 * The query API over the bundled data in one call: {@code Bundled.multilateral().members("NATO").count()}.
 *
 * <p>The same as {@code Multilateral.over(MultilateralData.bundled())}, made once, on the first call (the holder
 * idiom), and shared: the indexes are built once for every caller. Thread-safe.
 */
public final class Bundled {

  private Bundled() {}

  private static final class Holder {
    static final Multilateral WORLD = Multilateral.over(MultilateralData.bundled());
  }

  /**
   * The query API over the bundled data.
   *
   * @return the one {@link Multilateral} over {@link MultilateralData#bundled()}
   */
  public static Multilateral multilateral() {
    return Holder.WORLD;
  }
}
