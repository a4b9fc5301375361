package org.multilateral.core;

/**
 * How strong a source is, strongest first. The data's source policy (in the dataset module's
 * {@code DATA-FORMAT.md}) allows a fact to rest on a {@link #SECONDARY} source only where no first-party one could
 * be read, and on a {@link #CORROBORATING} one never alone.
 */
public enum SourceTier implements Identified {
  /** One of the project's seed documents, with an exact excerpt. */
  SEED,
  /** The body itself or a government: nato.int, un.org, europa.eu, osce.org, a foreign ministry, a gazette. */
  FIRST_PARTY,
  /**
   * A reputable secondary source: a research institute or NGO that tracks the body, a national archive, a major
   * news agency, a peer-reviewed dataset or scholarly work.
   */
  SECONDARY,
  /** An encyclopedia or similar reference, only ever cited beside a stronger source. */
  CORROBORATING;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The tier whose {@link #id()} is {@code id}, ignoring case. */
  public static SourceTier fromId(String id) {
    return Identified.fromId(SourceTier.class, id);
  }

  /** Whether a fact may rest on sources of this tier alone: every tier but {@link #CORROBORATING}. */
  public boolean canStandAlone() {
    return this != CORROBORATING;
  }
}
