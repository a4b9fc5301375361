package org.multilateral.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Spell invariants: every generated good history (sorted, gapped spells) is accepted, every history with an overlap
 * is rejected, and "in force" agrees with a direct reading of the dates.
 */
class SpellPropertiesTest {

  private static final int TRIES = Integer.getInteger("multilateral.property.tries", 2000);
  private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

  /** A day as an offset from 1900 and a precision; the date is the period containing that day. */
  private static PartialDate date(int offset, int precision) {
    LocalDate day = EPOCH.plusDays(offset);
    switch (precision) {
      case 0:
        return PartialDate.of(day);
      case 1:
        return PartialDate.of(java.time.YearMonth.from(day));
      default:
        return PartialDate.of(java.time.Year.from(day));
    }
  }

  /** Gaps and lengths in days, and precisions, from which a history of non-overlapping spells is laid out. */
  private static Gen<List<Integer>> steps() {
    return lists().of(integers().between(1, 4000)).ofSizeBetween(2, 12);
  }

  /**
   * Lays out spells from steps: gap, length, gap, length...; the last spell may be ongoing. The hard cases are made
   * on purpose: a gap of one day after a day-precise end (touching spells: the next starts the day after the last
   * day of the previous), and imprecise dates that reach as close to the previous spell as their widest reading
   * allows. {@link #theGeneratorMakesTouchingImpreciseAndOngoingSpells} shows that it does.
   */
  private static List<Spell> layout(List<Integer> steps, boolean lastOngoing) {
    List<Spell> spells = new ArrayList<>();
    long widestEnd = -1; // the last day the previous spell may reach, as an offset from EPOCH
    for (int i = 0; i + 1 < steps.size(); i += 2) {
      int gap = steps.get(i) % 4 == 0 ? 1 : steps.get(i);
      int start = (int) (widestEnd + gap);
      PartialDate from = date(start, steps.get(i) % 3);
      if (from.earliest().toEpochDay() - EPOCH.toEpochDay() <= widestEnd) {
        from = date(start, 0); // an imprecise start would reach back into the previous spell
      }
      Spell.Builder b = Spell.builder().start(from).startKind(DateKind.ADMITTED);
      boolean ongoing = lastOngoing && i + 3 >= steps.size();
      if (ongoing) {
        spells.add(b.build());
        break;
      }
      PartialDate to = date(start + steps.get(i + 1), steps.get(i + 1) % 3);
      if (to.latest().isBefore(from.earliest())) {
        to = date(start + steps.get(i + 1), 0);
      }
      spells.add(b.end(to).endKind(DateKind.LEFT).build());
      widestEnd = to.latest().toEpochDay() - EPOCH.toEpochDay();
    }
    return spells;
  }

  @Test
  void theGeneratorMakesTouchingImpreciseAndOngoingSpells() {
    List<List<Spell>> histories = new ArrayList<>();
    qt().withExamples(500).forAll(steps(), integers().between(0, 1))
        .checkAssert((steps, ongoing) -> histories.add(layout(steps, ongoing == 1)));
    assertTrue(histories.stream().anyMatch(h -> {
      for (int i = 1; i < h.size(); i++) {
        LocalDate last = h.get(i - 1).end().orElseThrow().latest();
        if (last.plusDays(1).equals(h.get(i).start().earliest())) {
          return true;
        }
      }
      return false;
    }), "touching spells");
    assertTrue(histories.stream().anyMatch(h -> h.get(h.size() - 1).isOngoing()), "an ongoing spell");
    assertTrue(histories.stream().flatMap(List::stream).anyMatch(x -> x.start().precision() == DatePrecision.YEAR),
        "a year-precise start");
    assertTrue(histories.stream().flatMap(List::stream).anyMatch(x -> x.end().map(e -> e.precision()
        == DatePrecision.MONTH).orElse(false)), "a month-precise end");
  }

  @Test
  void everyGoodHistoryIsAccepted() {
    qt().withExamples(TRIES).forAll(steps(), integers().between(0, 1)).check((steps, ongoing) -> {
      List<Spell> spells = layout(steps, ongoing == 1);
      Membership m = Fixtures.membership("BEL", "NATO").spells(spells).build();
      return m.spells().equals(spells);
    });
  }

  @Test
  void everyHistoryWithAnOverlapIsRejected() {
    qt().withExamples(TRIES).forAll(steps(), integers().between(0, 1000), integers().between(0, 2))
        .check((steps, shift, precision) -> {
          List<Spell> spells = new ArrayList<>(layout(steps, false));
          Spell first = spells.get(0);
          // A spell that starts inside the first one's widest reading.
          LocalDate inside = first.start().earliest().plusDays(shift % (1 + daysBetween(first)));
          spells.add(Spell.builder().start(date((int) (inside.toEpochDay() - EPOCH.toEpochDay()), 0))
              .startKind(DateKind.ADMITTED).build());
          try {
            Fixtures.membership("BEL", "NATO").spells(spells).build();
            return false;
          } catch (IllegalArgumentException expected) {
            return expected.getMessage().startsWith("membership BEL@NATO (member): spell ")
                && expected.getMessage().contains(" overlaps spell ");
          }
        });
  }

  private static long daysBetween(Spell s) {
    return s.end().orElseThrow().latest().toEpochDay() - s.start().earliest().toEpochDay();
  }

  @Test
  void inForceAgreesWithTheConservativeReadingOfTheDates() {
    qt().withExamples(TRIES).forAll(integers().between(0, 40000), integers().between(0, 3000),
        integers().between(0, 8), integers().between(-400, 3400)).check((start, length, precisions, probe) -> {
          PartialDate from = date(start, precisions % 3);
          PartialDate to = date(start + length, precisions / 3);
          if (to.latest().isBefore(from.earliest())) {
            return true;
          }
          Spell s = Spell.builder().start(from).startKind(DateKind.ADMITTED).end(to).endKind(DateKind.LEFT).build();
          LocalDate day = EPOCH.plusDays(start + (long) probe);
          boolean expected = !day.isBefore(from.latest()) && !day.isAfter(to.earliest());
          return s.isInForceOn(day) == expected;
        });
  }
}
