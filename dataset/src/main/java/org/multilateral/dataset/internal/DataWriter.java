package org.multilateral.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Identified;
import org.multilateral.core.Milestone;
import org.multilateral.core.PartialDate;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;

/**
 * Writes a {@link Dataset} as one data file that {@link Assembler} reads back to an equal dataset. Empty lists are
 * left out; empty strings are kept. Sources are written once each, under their ids.
 */
public final class DataWriter {

  private DataWriter() {}

  /**
   * The whole dataset as a data file, version and date included.
   *
   * <p>A dataset never has two different sources with one id ({@link Dataset#sources()}), so ids are enough to
   * cite them.
   */
  public static byte[] write(Dataset d) {
    Function<List<Source>, List<String>> cite = list -> orNull(list.stream().map(Source::id).toList());
    Function<List<Milestone>, List<Json.Milestone>> milestones = list -> orNull(list.stream()
        .map(m -> new Json.Milestone(m.date().toString(), m.kind().id(), m.document().orElse(null),
            m.note().orElse(null), cite.apply(m.sources())))
        .toList());
    List<Json.Country> countries = d.countries().stream()
        .map(c -> new Json.Country(c.code().value(), c.alpha2(), c.numeric(), c.name(), c.formerCode().orElse(null),
            text(c.started()), text(c.ended()), codes(c.successors()),
            orNull(c.otherNames().stream().map(n -> new Json.CountryName(n.name(), n.kind().id(), text(n.from()),
                text(n.until()), cite.apply(n.sources()))).toList()),
            ids(c.identifiers(), cite), cite.apply(c.sources())))
        .toList();
    List<Json.Organisation> organisations = d.organisations().stream()
        .map(o -> new Json.Organisation(o.id().value(), orNull(List.copyOf(o.aliases())), o.name(), o.frenchName(),
            o.kind().id(), o.parent().map(Object::toString).orElse(null), milestones.apply(o.founding()),
            o.headquarters().orElse(null),
            orNull(o.seats().stream().map(s -> new Json.Seat(s.name(), s.place(), s.country().value(),
                cite.apply(s.sources()))).toList()),
            orNull(o.goals()), orNull(o.themes()), o.website().map(Object::toString).orElse(null),
            orNull(o.coverage().stream().map(c -> new Json.Coverage(
                orNull(c.roles().stream().map(Identified::id).toList()),
                orNull(c.facts().stream().map(Identified::id).toList()), c.from().toString(),
                c.to().map(Object::toString).orElse(null), c.note().orElse(null))).toList()),
            ids(o.identifiers(), cite), cite.apply(o.sources())))
        .toList();
    List<Json.Framework> frameworks = d.frameworks().stream()
        .map(f -> new Json.Framework(f.id(), f.organisation().value(), f.name(), text(f.launched()),
            cite.apply(f.sources())))
        .toList();
    List<Json.Membership> memberships = d.memberships().stream()
        .map(m -> new Json.Membership(m.country().value(), m.organisation().value(), m.role().id(),
            m.framework().orElse(null),
            m.spells().stream().map(s -> new Json.Spell(s.start().toString(), s.startKind().id(), text(s.end()),
                s.endKind().map(Identified::id).orElse(null), s.continues().map(CountryCode::value).orElse(null),
                s.note().orElse(null))).toList(),
            milestones.apply(m.milestones()),
            orNull(m.episodes().stream().map(e -> new Json.Episode(e.kind(), e.start().toString(), text(e.end()),
                e.description(), cite.apply(e.sources()))).toList()),
            m.note().orElse(null), cite.apply(m.sources())))
        .toList();
    List<Json.Event> events = d.events().stream()
        .map(e -> new Json.Event(e.id(), e.organisation().value(), e.title(), e.kind().id(), e.start().toString(),
            text(e.end()), e.place().orElse(null), orNull(e.topics()), codes(e.participants()),
            cite.apply(e.sources())))
        .toList();
    List<Json.Initiative> initiatives = d.initiatives().stream()
        .map(i -> new Json.Initiative(i.id(), i.organisation().value(), i.name(), orNull(i.aims()), text(i.launched()),
            codes(i.supporters()), codes(i.beneficiaries()), cite.apply(i.sources())))
        .toList();
    List<Json.Document> documents = d.documents().stream()
        .map(x -> new Json.Document(x.id(), x.organisation().value(), x.title(), x.kind().id(), text(x.adopted()),
            x.event().orElse(null), x.summary().orElse(null), cite.apply(x.sources())))
        .toList();
    List<Json.Office> offices = d.offices().stream()
        .map(o -> new Json.Office(o.organisation().value(), o.title(), o.holder(),
            o.country().map(CountryCode::value).orElse(null), o.start().toString(), text(o.end()),
            cite.apply(o.sources())))
        .toList();
    Map<String, Json.Source> written = new LinkedHashMap<>();
    d.sources().forEach(s -> written.put(s.id(), source(s)));
    Json.DataFile file = new Json.DataFile(null, d.version(), d.currentTo().toString(), written, orNull(countries),
        orNull(organisations), orNull(frameworks), orNull(memberships), orNull(events), orNull(initiatives),
        orNull(documents), orNull(offices));
    return DataReader.MAPPER.writeValueAsBytes(file);
  }

  private static Json.Source source(Source s) {
    if (s instanceof SeedExcerpt seed) {
      return new Json.Source(seed.file(), seed.excerpt(), null, null, null, null, null, null);
    }
    WebPage page = (WebPage) s;
    return new Json.Source(null, null, page.url().toString(), page.publisher(), page.title(),
        page.retrieved().toString(), page.tier().id(), page.note().orElse(null));
  }

  private static List<Json.Identifier> ids(List<org.multilateral.core.Identifier> ids,
      Function<List<Source>, List<String>> cite) {
    return orNull(ids.stream().map(i -> new Json.Identifier(i.scheme().id(), i.value(), text(i.from()), text(i.to()),
        cite.apply(i.sources()))).toList());
  }

  private static String text(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  private static List<String> codes(List<CountryCode> codes) {
    return orNull(codes.stream().map(CountryCode::value).toList());
  }

  /** {@code null} for an empty list, which the writer then leaves out. */
  private static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
