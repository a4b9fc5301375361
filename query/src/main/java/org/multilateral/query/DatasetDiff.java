package org.multilateral.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.multilateral.core.Country;
import org.multilateral.core.Dataset;
import org.multilateral.core.Document;
import org.multilateral.core.Event;
import org.multilateral.core.Initiative;
import org.multilateral.core.Membership;
import org.multilateral.core.Office;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Source;
import org.multilateral.core.WebPage;

/** The facts added, changed and removed between two datasets, fact by fact. Not API. */
final class DatasetDiff {

  private DatasetDiff() {}

  static List<FactChange> between(Dataset older, Dataset newer) {
    List<FactChange> out = new ArrayList<>();
    compare(out, "country", older.countries(), newer.countries(), c -> c.code().value(), Country::sources,
        c -> c.name() + (c.otherNames().isEmpty() ? "" : " (also " + String.join("; ", c.otherNames().stream()
            .map(n -> n.name()).toList()) + ")"));
    compare(out, "organisation", older.organisations(), newer.organisations(), o -> o.id().value(),
        Organisation::sources, o -> o.name() + (o.coverage().isEmpty() ? "" : ", complete: " + o.coverage()));
    compare(out, "framework", older.frameworks(), newer.frameworks(), PartnershipFramework::id,
        PartnershipFramework::sources, PartnershipFramework::name);
    compare(out, "membership", older.memberships(), newer.memberships(), Membership::label, Membership::sources,
        m -> m.spells().toString());
    compare(out, "event", older.events(), newer.events(), Event::id, Event::sources,
        e -> e.start() + " " + e.title());
    compare(out, "initiative", older.initiatives(), newer.initiatives(), Initiative::id, Initiative::sources,
        Initiative::name);
    compare(out, "document", older.documents(), newer.documents(), Document::id, Document::sources,
        Document::title);
    compare(out, "office", older.offices(), newer.offices(),
        o -> o.organisation() + " " + o.title() + " " + o.holder() + " " + o.start(), Office::sources,
        o -> o.start() + ".." + o.end().map(Object::toString).orElse(""));
    compare(out, "source", older.sources(), newer.sources(), Source::id, List::of, DatasetDiff::citation);
    return out;
  }

  private static String citation(Source s) {
    return s instanceof WebPage page ? page.url() + " [" + page.tier().id() + "]" : s.citation();
  }

  private static <T> void compare(List<FactChange> out, String fact, List<T> older, List<T> newer,
      Function<T, String> key, Function<T, List<Source>> sources, Function<T, String> summary) {
    Map<String, T> before = index(older, key);
    Map<String, T> after = index(newer, key);
    after.forEach((k, now) -> {
      T then = before.get(k);
      if (then == null) {
        out.add(new FactChange(FactChange.Kind.ADDED, fact, k, summary.apply(now), sources.apply(now)));
      } else if (!then.equals(now)) {
        String was = summary.apply(then);
        String is = summary.apply(now);
        String detail = was.equals(is) ? "details or sources changed" : was + " -> " + is;
        out.add(new FactChange(FactChange.Kind.CHANGED, fact, k, detail, sources.apply(now)));
      }
    });
    before.forEach((k, then) -> {
      if (!after.containsKey(k)) {
        out.add(new FactChange(FactChange.Kind.REMOVED, fact, k, summary.apply(then), sources.apply(then)));
      }
    });
  }

  private static <T> Map<String, T> index(List<T> facts, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    facts.forEach(f -> map.putIfAbsent(Objects.requireNonNull(key.apply(f)), f));
    return map;
  }
}
