package org.multilateral.core;

/** The kinds of dated facts besides memberships, for declaring {@link Coverage}. */
public enum FactKind implements Identified {
  /** Summits, meetings, launches, declarations, operations ({@link Event}). */
  EVENTS,
  /** Office holders ({@link Office}). */
  OFFICES,
  /** Documents adopted ({@link Document}). */
  DOCUMENTS,
  /** Initiatives ({@link Initiative}). */
  INITIATIVES;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The kind whose {@link #id()} is {@code id}, ignoring case. */
  public static FactKind fromId(String id) {
    return Identified.fromId(FactKind.class, id);
  }
}
