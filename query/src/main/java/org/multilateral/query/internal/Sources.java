package org.multilateral.query.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.Organisation;
import org.multilateral.core.Source;

/** Every source a dataset cites, by id, in the order facts first cite them. Not API. */
final class Sources {

  private Sources() {}

  static Map<String, Source> of(Dataset dataset) {
    Map<String, Source> sources = new LinkedHashMap<>();
    dataset.countries().forEach(c -> add(sources, c.sources()));
    for (Organisation o : dataset.organisations()) {
      add(sources, o.sources());
      o.founding().forEach(m -> add(sources, m.sources()));
      o.seats().forEach(s -> add(sources, s.sources()));
    }
    dataset.frameworks().forEach(f -> add(sources, f.sources()));
    for (Membership m : dataset.memberships()) {
      add(sources, m.sources());
      m.milestones().forEach(x -> add(sources, x.sources()));
      m.episodes().forEach(x -> add(sources, x.sources()));
    }
    dataset.events().forEach(e -> add(sources, e.sources()));
    dataset.initiatives().forEach(i -> add(sources, i.sources()));
    dataset.documents().forEach(d -> add(sources, d.sources()));
    dataset.offices().forEach(o -> add(sources, o.sources()));
    return sources;
  }

  private static void add(Map<String, Source> sources, List<Source> more) {
    more.forEach(s -> sources.putIfAbsent(s.id(), s));
  }
}
