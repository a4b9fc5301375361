package org.multilateral.query.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A static centered interval tree over closed intervals of days ({@code first..last}, both inclusive, as epoch
 * days): {@link #at(long)} finds the k intervals that contain a day in O(log n + k). Not API.
 *
 * <p>Each node holds a center day, the intervals that contain it (sorted once by first day ascending and once by
 * last day descending), and subtrees for the intervals wholly before and wholly after it. The center is the median
 * of the endpoints below the node, so each subtree holds at most half the intervals and the depth is O(log n). A
 * lookup walks one path from the root and, at each node, reads only the intervals it reports plus one.
 *
 * <p>Empty intervals ({@code first > last}) are left out: they contain no day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the values the intervals belong to
 */
public final class IntervalTree<E> {

  private record Item<E>(E value, long first, long last) {}

  private static final Comparator<Item<?>> BY_FIRST = new Comparator<>() {
    @Override
    public int compare(Item<?> a, Item<?> b) {
      return Long.compare(a.first(), b.first());
    }
  };

  private static final Comparator<Item<?>> BY_LAST_DESCENDING = new Comparator<>() {
    @Override
    public int compare(Item<?> a, Item<?> b) {
      return Long.compare(b.last(), a.last());
    }
  };

  private static final class Node<E> {
    final long center;
    final List<E> byFirst;
    final long[] firsts;
    final List<E> byLastDescending;
    final long[] lastsDescending;
    final Node<E> before;
    final Node<E> after;

    Node(long center, List<Item<E>> here, Node<E> before, Node<E> after) {
      // Plain loops and two comparators made once: a tree is built on the first query of a CLI run.
      this.center = center;
      List<Item<E>> sorted = new ArrayList<>(here);
      sorted.sort(BY_FIRST);
      this.firsts = new long[sorted.size()];
      List<E> values = new ArrayList<>(sorted.size());
      for (int i = 0; i < firsts.length; i++) {
        firsts[i] = sorted.get(i).first();
        values.add(sorted.get(i).value());
      }
      this.byFirst = Collections.unmodifiableList(values);
      sorted.sort(BY_LAST_DESCENDING);
      this.lastsDescending = new long[sorted.size()];
      values = new ArrayList<>(sorted.size());
      for (int i = 0; i < lastsDescending.length; i++) {
        lastsDescending[i] = sorted.get(i).last();
        values.add(sorted.get(i).value());
      }
      this.byLastDescending = Collections.unmodifiableList(values);
      this.before = before;
      this.after = after;
    }
  }

  private final Node<E> root;
  private final int size;

  private IntervalTree(Node<E> root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * A tree over {@code values}, each covering the days {@code first(value)..last(value)} inclusive; use
   * {@link Long#MAX_VALUE} as the last day of an interval that has not ended.
   */
  public static <E> IntervalTree<E> of(Collection<? extends E> values, ToLongFunction<? super E> first,
      ToLongFunction<? super E> last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    List<Item<E>> items = new ArrayList<>(values.size());
    for (E value : values) {
      long f = first.applyAsLong(value);
      long l = last.applyAsLong(value);
      if (f <= l) {
        items.add(new Item<>(value, f, l));
      }
    }
    return new IntervalTree<>(build(items), items.size());
  }

  private static <E> Node<E> build(List<Item<E>> items) {
    if (items.isEmpty()) {
      return null;
    }
    long[] endpoints = new long[items.size() * 2];
    for (int i = 0; i < items.size(); i++) {
      endpoints[2 * i] = items.get(i).first();
      endpoints[2 * i + 1] = items.get(i).last();
    }
    Arrays.sort(endpoints);
    // The median endpoint is some interval's first or last day, so that interval stays here: every level shrinks.
    long center = endpoints[(endpoints.length - 1) / 2];
    List<Item<E>> before = new ArrayList<>();
    List<Item<E>> here = new ArrayList<>();
    List<Item<E>> after = new ArrayList<>();
    for (Item<E> item : items) {
      if (item.last() < center) {
        before.add(item);
      } else if (item.first() > center) {
        after.add(item);
      } else {
        here.add(item);
      }
    }
    return new Node<>(center, here, build(before), build(after));
  }

  /** The number of (non-empty) intervals in the tree. */
  public int size() {
    return size;
  }

  /** The values whose interval contains {@code day} (an epoch day), in no particular order. */
  public List<E> at(long day) {
    List<E> out = new ArrayList<>();
    Node<E> node = root;
    while (node != null) {
      if (day < node.center) {
        for (int i = 0; i < node.firsts.length && node.firsts[i] <= day; i++) {
          out.add(node.byFirst.get(i));
        }
        node = node.before;
      } else if (day > node.center) {
        for (int i = 0; i < node.lastsDescending.length && node.lastsDescending[i] >= day; i++) {
          out.add(node.byLastDescending.get(i));
        }
        node = node.after;
      } else {
        out.addAll(node.byFirst);
        node = null;
      }
    }
    return out;
  }
}
