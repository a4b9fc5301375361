package org.multilateral.core;

/**
 * What a date marks. Sources differ on which event makes a state a member (signature, entry into force, deposit
 * of an instrument, admission), so the kind is recorded beside the date.
 */
public enum DateKind implements Identified {
  SIGNED,
  ENTERED_INTO_FORCE,
  INSTRUMENT_DEPOSITED,
  ADMITTED,
  ACCEDED,
  JOINED,
  TERM_BEGAN,
  TERM_ENDED,
  LEFT,
  DISSOLVED,
  SUCCEEDED,
  ANNOUNCED,
  LAUNCHED,
  INVITED,
  APPLIED,
  CANDIDATE_STATUS_GRANTED,
  OTHER;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The kind whose {@link #id()} is {@code id}, ignoring case. */
  public static DateKind fromId(String id) {
    return Identified.fromId(DateKind.class, id);
  }
}
