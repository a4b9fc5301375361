package org.multilateral.core;

/**
 * The role a country holds in an organisation. The first five are full membership of some kind
 * ({@link #isFullMember()}); the others are relationships short of membership.
 */
public enum Role implements Identified {
  FOUNDING_MEMBER(true),
  MEMBER(true),
  PARTICIPATING_STATE(true),
  PERMANENT_MEMBER(true),
  ELECTED_MEMBER(true),
  /** A partner within a {@link PartnershipFramework}. */
  PARTNER(false),
  CANDIDATE(false),
  ASPIRANT(false),
  OBSERVER(false);

  private final boolean fullMember;
  private final String id = Identified.idOf(this);

  Role(boolean fullMember) {
    this.fullMember = fullMember;
  }

  /** Whether this role is membership (founding, ordinary, participating, permanent or elected). */
  public boolean isFullMember() {
    return fullMember;
  }

  @Override
  public String id() {
    return id;
  }

  /** The role whose {@link #id()} is {@code id}, ignoring case. */
  public static Role fromId(String id) {
    return Identified.fromId(Role.class, id);
  }
}
