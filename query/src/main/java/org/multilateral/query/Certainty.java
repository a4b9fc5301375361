package org.multilateral.query;

import org.multilateral.core.Identified;

/**
 * Whether a member's role on the day asked about is certain, or only possible because a date is imprecise: a
 * spell that starts in "1955-05" is certain from 1955-05-31 and possible from 1955-05-01.
 */
public enum Certainty implements Identified {
  /** The spell is certainly in force that day, on the conservative reading of its dates. */
  CERTAIN,
  /** The day falls inside the precision of the spell's start or end: it may or may not be in force. */
  POSSIBLE;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }
}
