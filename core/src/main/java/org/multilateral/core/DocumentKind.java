package org.multilateral.core;

/** The kind of a {@link Document}. */
public enum DocumentKind implements Identified {
  TREATY,
  /** An article of a treaty, such as Article 5 of the North Atlantic Treaty. */
  ARTICLE,
  STRATEGIC_CONCEPT,
  DECLARATION,
  RESOLUTION,
  OTHER;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The kind whose {@link #id()} is {@code id}, ignoring case. */
  public static DocumentKind fromId(String id) {
    return Identified.fromId(DocumentKind.class, id);
  }
}
