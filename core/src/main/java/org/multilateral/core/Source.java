package org.multilateral.core;

/**
 * Where a fact comes from: an excerpt of one of the project's seed documents, or a first-party web page.
 *
 * <p>Every fact-bearing type carries at least one source. Implementations are immutable and thread-safe.
 */
public sealed interface Source permits SeedExcerpt, WebPage {

  /** A stable identifier, unique within a dataset, such as {@code nato-member-countries}. */
  String id();

  /** A one-line citation for a footnote or a table of sources. */
  String citation();
}
