package org.multilateral.core;

/** The kind of an {@link Event}. */
public enum EventKind implements Identified {
  SUMMIT,
  MINISTERIAL_MEETING,
  LAUNCH,
  DECLARATION,
  CONFERENCE,
  /** A military or civilian operation or mission, which may span years. */
  OPERATION,
  OTHER;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The kind whose {@link #id()} is {@code id}, ignoring case. */
  public static EventKind fromId(String id) {
    return Identified.fromId(EventKind.class, id);
  }
}
