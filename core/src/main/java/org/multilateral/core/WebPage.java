package org.multilateral.core;

import static org.multilateral.core.Checks.checkArgument;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source that is a web page, with the day it was consulted and its {@linkplain #tier() tier}: first-party
 * (nato.int, un.org, europa.eu, osce.org, a foreign ministry), secondary (a research institute, a national archive,
 * a news agency, a peer-reviewed dataset) or corroborating (an encyclopedia).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class WebPage implements Source {

  WebPage() {}

  @Override
  public abstract String id();

  /** The page's address, {@code http} or {@code https}. */
  public abstract URI url();

  /** Who publishes the page, such as {@code NATO}. */
  public abstract String publisher();

  /** The page's title. */
  public abstract String title();

  /** The day the page was consulted. */
  public abstract LocalDate retrieved();

  /** Anything a reader should know about how the page was used. */
  public abstract Optional<String> note();

  /** How strong the page is as a source; never {@link SourceTier#SEED}. */
  @Override
  public abstract SourceTier tier();

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String citation() {
    return publisher() + ", \u201c" + title() + "\u201d, " + url() + " (retrieved " + retrieved() + ") ["
        + tier().id() + "]";
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "web page: blank id");
    String scheme = url().getScheme();
    checkArgument(("https".equals(scheme) || "http".equals(scheme)) && url().getHost() != null,
        "web page %s: url '%s' is not an absolute http(s) address", id(), url());
    checkArgument(!publisher().isBlank(), "web page %s: blank publisher", id());
    checkArgument(!title().isBlank(), "web page %s: blank title", id());
    checkArgument(tier() != SourceTier.SEED, "web page %s: only a seed excerpt has the tier seed", id());
  }

  /** Builds a {@link WebPage}. */
  public static final class Builder extends ImmutableWebPage.Builder {
    Builder() {}
  }
}
