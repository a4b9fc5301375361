package org.multilateral.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.multilateral.core.Country;
import org.multilateral.core.Identified;
import org.multilateral.core.PartialDate;
import org.multilateral.core.Source;

/**
 * One dated line of an organisation's {@linkplain TimelineQuery timeline}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date, as precise as the sources give it
 * @param kind what happened
 * @param description what happened, in words
 * @param country the country concerned, for a join, departure, milestone or episode of a membership, or an office
 *     holder's country
 * @param sources the sources of the fact
 */
public record TimelineEntry(PartialDate date, Kind kind, String description, Optional<Country> country,
    List<Source> sources) {

  /** What a timeline entry records. */
  public enum Kind implements Identified {
    /** A founding step of the organisation: signature or entry into force of its founding document. */
    FOUNDED,
    /** A country became a full member. */
    JOINED,
    /** A country ceased to be a full member (the date is its last day). */
    LEFT,
    /** A dated step of a membership that is neither start nor end, such as a signature or German unification. */
    MILESTONE,
    /** The start of an episode within a membership, such as France leaving NATO's integrated command. */
    EPISODE,
    /** A summit, meeting, launch, declaration or operation. */
    EVENT,
    /** The adoption of a document. */
    DOCUMENT,
    /** An office holder took office. */
    OFFICE;

    @Override
    public String id() {
      return Identified.idOf(this);
    }
  }

  /** Checks that no argument is null and copies the list. */
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(country, "country");
    sources = List.copyOf(sources);
  }
}
