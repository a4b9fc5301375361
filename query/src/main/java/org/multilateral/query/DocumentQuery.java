package org.multilateral.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.multilateral.core.Document;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.FactKind;
import org.multilateral.core.Organisation;
import org.multilateral.core.PartialDate;

/**
 * Documents of one organisation or all, such as NATO's Strategic Concepts, in order of adoption (undated ones
 * last). Made by {@link Multilateral#documents(String)} or {@link Multilateral#documents()}.
 *
 * <pre>{@code
 * world.documents("NATO").kinds(DocumentKind.STRATEGIC_CONCEPT).list();                  // 1949 ... 2022
 * world.documents("NATO").kinds(DocumentKind.STRATEGIC_CONCEPT).until(LocalDate.of(2000, 1, 1)).last();  // 1999
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentQuery extends Query<Document> {

  private static final Comparator<Document> ORDER = Comparator
      .comparing((Document d) -> d.adopted().orElse(null), Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
      .thenComparing(Document::id);

  private final Multilateral world;
  private final Optional<Organisation> organisation;
  private final Set<DocumentKind> kinds;
  private final DateRange range;

  private DocumentQuery(Multilateral world, Optional<Organisation> organisation, Set<DocumentKind> kinds,
      DateRange range) {
    this.world = world;
    this.organisation = organisation;
    this.kinds = Set.copyOf(kinds);
    this.range = range;
  }

  static DocumentQuery of(Multilateral world, Optional<Organisation> organisation) {
    return new DocumentQuery(world, organisation, EnumSet.allOf(DocumentKind.class), DateRange.ALWAYS);
  }

  /** Only documents of the given kinds; like {@code filter(d -> kinds.contains(d.kind()))}. */
  public DocumentQuery kinds(DocumentKind first, DocumentKind... more) {
    Objects.requireNonNull(first, "first");
    return new DocumentQuery(world, organisation, EnumSet.of(first, more), range);
  }

  /**
   * Only documents whose adoption may fall between {@code from} and {@code to}, both included ("1991-11" falls in
   * 1991); like {@code filter(d -> d.adopted().isPresent() && inRange(d.adopted().get()))}.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public DocumentQuery between(LocalDate from, LocalDate to) {
    return new DocumentQuery(world, organisation, kinds, DateRange.between(from, to));
  }

  /** Only documents whose adoption may fall on {@code from} or later; {@link #between} with no end. */
  public DocumentQuery since(LocalDate from) {
    return new DocumentQuery(world, organisation, kinds, range.since(from));
  }

  /**
   * Only documents whose adoption may fall on {@code to} or earlier; {@link #between} with no start. With one
   * kind, {@link #last()} is then the one adopted last by that day.
   */
  public DocumentQuery until(LocalDate to) {
    return new DocumentQuery(world, organisation, kinds, range.until(to));
  }

  /** The documents, by date of adoption, then id. */
  @Override
  public Stream<Document> stream() {
    return world.dataset().documents().stream()
        .filter(d -> organisation.isEmpty() || d.organisation().equals(organisation.get().id()))
        .filter(d -> kinds.contains(d.kind()))
        .filter(d -> range.isAlways() || d.adopted().map(a -> range.mayContain(a, Optional.empty()))
            .orElse(false))
        .sorted(ORDER);
  }

  /** The limits of the answer: the window outside the declared coverage of documents, or after the current-to day. */
  @Override
  public Completeness completeness() {
    return Coverages.ofFacts(world, organisation, FactKind.DOCUMENTS, range);
  }

  @Override
  String title() {
    return "Documents of " + organisation.map(Organisation::name).orElse("every organisation")
        + (range.isAlways() ? "" : " adopted " + range);
  }

  @Override
  Columns<Document> columns() {
    return Columns.<Document>sourcedBy(Document::sources)
        .dateIfAny("adopted", Document::adopted)
        .text("organisation", d -> d.organisation().value())
        .text("kind", d -> d.kind().id())
        .text("title", Document::title)
        .text("event", d -> d.event().orElse(""))
        .text("id", Document::id);
  }
}
