package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import org.immutables.value.Value;

/**
 * A source that is one of the seed documents shipped in the project's {@code seeds/} folder, with an excerpt that
 * appears in that file verbatim.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class SeedExcerpt implements Source {

  SeedExcerpt() {}

  @Override
  public abstract String id();

  /** The seed file's name, such as {@code 003_8ab0c2051ddd07fd.txt}. */
  public abstract String file();

  /** Text that appears in {@link #file()} verbatim. */
  public abstract String excerpt();

  public static Builder builder() {
    return new Builder();
  }

  /** Always {@link SourceTier#SEED}. */
  @Override
  public SourceTier tier() {
    return SourceTier.SEED;
  }

  @Override
  public String citation() {
    return "seed document " + file() + ": \u201c" + excerpt() + "\u201d [seed]";
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "seed excerpt: blank id");
    checkArgument(Text.isSeedFile(file()), "seed excerpt %s: bad file name '%s'", id(), file());
    checkArgument(!excerpt().isBlank(), "seed excerpt %s: blank excerpt", id());
  }

  /** Builds a {@link SeedExcerpt}. */
  public static final class Builder extends ImmutableSeedExcerpt.Builder {
    Builder() {}
  }
}
