package org.multilateral.core;

import java.util.Collection;

/**
 * Where a fact comes from: an excerpt of one of the project's seed documents, or a web page, with its
 * {@linkplain #tier() tier}.
 *
 * <p>Every fact-bearing type carries at least one source. Implementations are immutable and thread-safe.
 */
public sealed interface Source permits SeedExcerpt, WebPage {

  /** A stable identifier, unique within a dataset, such as {@code nato-member-countries}. */
  String id();

  /** How strong the source is: a seed, first-party, secondary or corroborating. */
  SourceTier tier();

  /** A one-line citation for a footnote or a table of sources, its tier included. */
  String citation();

  /**
   * The strongest tier among {@code sources}: {@link SourceTier#SECONDARY} for a fact that rests on secondary
   * sources alone.
   *
   * @throws IllegalArgumentException if {@code sources} is empty
   */
  static SourceTier strongest(Collection<? extends Source> sources) {
    SourceTier strongest = null;
    for (Source s : sources) {
      if (strongest == null || s.tier().compareTo(strongest) < 0) {
        strongest = s.tier();
      }
    }
    if (strongest == null) {
      throw new IllegalArgumentException("no source");
    }
    return strongest;
  }
}
