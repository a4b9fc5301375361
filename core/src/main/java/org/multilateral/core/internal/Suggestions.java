package org.multilateral.core.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Near misses for error messages: "unknown organisation 'NAT0'; did you mean NATO?". Not API.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Up to {@code limit} candidates nearest to {@code input} by edit distance (ignoring case), nearest first, among
   * those close enough to be a plausible typo: within a third of the input's length, and at least 1 and at most 3
   * edits; a candidate that contains the input, or is contained in it, also counts when the shorter of the two has
   * at least four letters.
   */
  public static List<String> nearest(String input, Collection<String> candidates, int limit) {
    Objects.requireNonNull(input, "input");
    String needle = input.toLowerCase(Locale.ROOT);
    int threshold = Math.max(1, Math.min(3, needle.length() / 3));
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, score(needle, c.toLowerCase(Locale.ROOT), threshold)))
        .filter(s -> s.score <= threshold)
        .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.candidate))
        .limit(limit)
        .map(s -> s.candidate)
        .toList();
  }

  /** {@code "; did you mean X?"}, {@code "; did you mean X or Y?"}, or the empty string when nothing is near. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return didYouMean(nearest(input, candidates, 3));
  }

  /** {@code "; did you mean X?"}, {@code "; did you mean X or Y?"} for {@code near}, or "" when it is empty. */
  public static String didYouMean(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    if (near.size() == 1) {
      return "; did you mean " + near.get(0) + "?";
    }
    return "; did you mean " + String.join(", ", near.subList(0, near.size() - 1)) + " or "
        + near.get(near.size() - 1) + "?";
  }

  private record Scored(String candidate, int score) {}

  private static int score(String needle, String candidate, int threshold) {
    // The same letters without their dots and spaces ("U.K." for UK) are no typo at all: ranked first, before any
    // candidate an edit or two away by accident.
    String bareNeedle = needle.replaceAll("[^\\p{L}\\p{N}]", "");
    if (!bareNeedle.isEmpty() && bareNeedle.equals(candidate.replaceAll("[^\\p{L}\\p{N}]", ""))) {
      return 0;
    }
    String shorter = needle.length() <= candidate.length() ? needle : candidate;
    String longer = shorter == needle ? candidate : needle;
    if (shorter.length() >= 4 && longer.contains(shorter)) {
      return 1;
    }
    return levenshtein(needle, candidate);
  }

  /** The Levenshtein edit distance between {@code a} and {@code b}. */
  public static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
