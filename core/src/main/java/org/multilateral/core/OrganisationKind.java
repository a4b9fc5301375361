package org.multilateral.core;

/** The kind of an organisation. */
public enum OrganisationKind implements Identified {
  INTERGOVERNMENTAL_ORGANISATION,
  MILITARY_ALLIANCE,
  SUPRANATIONAL_UNION,
  INFORMAL_ALLIANCE,
  SECURITY_FORUM,
  /** An organ of another organisation, such as the UN Security Council. */
  ORGAN;

  private final String id = Identified.idOf(this);

  @Override
  public String id() {
    return id;
  }

  /** The kind whose {@link #id()} is {@code id}, ignoring case. */
  public static OrganisationKind fromId(String id) {
    return Identified.fromId(OrganisationKind.class, id);
  }
}
