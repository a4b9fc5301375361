package org.multilateral.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.Membership;
import org.multilateral.core.OrganisationId;

/**
 * What each thread of {@link ConcurrentFirstLoadTest} runs, loaded in a fresh class loader so that its first call
 * really is the first load of the bundled data. Only {@code java.*} types cross the class-loader boundary.
 */
public final class ConcurrencyProbe {

  private ConcurrencyProbe() {}

  /**
   * Waits at {@code start} with the other threads, loads the bundled data, then runs the mixed lookups starting at
   * {@code rotation}. Returns the identity of the dataset seen and the answers.
   */
  public static List<String> run(CyclicBarrier start, int rotation) throws Exception {
    start.await();
    Dataset data = MultilateralData.bundled();
    String identity = String.valueOf(System.identityHashCode(data));
    return List.of(identity, answers(rotation));
  }

  /** The answers to a fixed set of lookups, asked in an order that depends on {@code rotation}, sorted by question. */
  public static String answers(int rotation) {
    Dataset data = MultilateralData.bundled();
    List<Map.Entry<String, Supplier<String>>> questions = new ArrayList<>();
    for (String org : List.of("NATO", "EU", "UN", "UNSC", "OSCE", "A4M")) {
      for (LocalDate day : List.of(LocalDate.of(1950, 1, 1), LocalDate.of(1991, 12, 24), LocalDate.of(2004, 3, 29),
          LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1), data.currentTo())) {
        questions.add(Map.entry(org + " members on " + day, () -> data.memberships().stream()
            .filter(m -> m.organisation().equals(OrganisationId.of(org)) && m.role().isFullMember()
                && m.isInForceOn(day))
            .map(m -> m.country().value()).sorted().toList().toString()));
      }
      questions.add(Map.entry("organisation " + org, () -> data.organisation(OrganisationId.of(org))
          .map(o -> o.name(Locale.FRENCH) + " " + o.founded() + " " + o.goals()).orElse("none")));
    }
    for (String code : List.of("BEL", "DEU", "SUN", "RUS", "YUG", "GBR", "XXX")) {
      questions.add(Map.entry("country " + code, () -> data.country(CountryCode.of(code))
          .map(c -> c.name(Locale.GERMAN) + " " + c.ended() + " " + c.successors()).orElse("none")));
      questions.add(Map.entry("spells " + code, () -> data.memberships().stream()
          .filter(m -> m.country().equals(CountryCode.of(code))).map(Membership::toString).sorted().toList()
          .toString()));
    }
    questions.add(Map.entry("events", () -> String.valueOf(data.events().size())));
    questions.add(Map.entry("offices", () -> data.offices().toString()));
    questions.add(Map.entry("version", () -> MultilateralData.version() + " " + MultilateralData.currentTo()));
    Map<String, String> answers = new TreeMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Map.Entry<String, Supplier<String>> q = questions.get((i + rotation) % questions.size());
      answers.put(q.getKey(), q.getValue().get());
    }
    return answers.toString();
  }
}
