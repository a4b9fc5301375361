package org.multilateral.core;

/**
 * An enumeration constant with a stable, lower-case, hyphenated identifier, as written in data files and on the
 * command line ({@code founding-member} for {@link Role#FOUNDING_MEMBER}).
 */
public interface Identified {

  /** The identifier, for example {@code founding-member}. */
  String id();

  /**
   * The constant of {@code type} whose {@link #id()} is {@code id}, ignoring case.
   *
   * @throws IllegalArgumentException naming the bad value and listing the valid ones
   */
  static <E extends Enum<E> & Identified> E fromId(Class<E> type, String id) {
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(id, "id");
    for (E constant : type.getEnumConstants()) {
      if (constant.id().equalsIgnoreCase(id.trim())) {
        return constant;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(constant.id());
    }
    throw new IllegalArgumentException(
        "unknown " + describe(type) + " '" + id + "'; expected one of: " + valid);
  }

  /** {@code DateKind} becomes {@code "date kind"}. */
  private static String describe(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /** The identifier of an enum constant: its name, lower-case, with hyphens for underscores. */
  static String idOf(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
