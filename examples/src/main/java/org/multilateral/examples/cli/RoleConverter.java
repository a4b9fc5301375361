package org.multilateral.examples.cli;

import org.multilateral.core.Role;
import picocli.CommandLine;

/** Reads {@code --role} by its id, such as {@code founding-member}. */
final class RoleConverter implements CommandLine.ITypeConverter<Role> {
  @Override
  public Role convert(String value) {
    try {
      return Role.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
