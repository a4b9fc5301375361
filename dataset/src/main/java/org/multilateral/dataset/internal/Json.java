package org.multilateral.dataset.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The shape of a data file, one record per JSON object, as Jackson binds it. A missing field is {@code null} here
 * and is checked by {@link Assembler}, which knows the field's JSON path; an explicit JSON {@code null} is refused by
 * {@link DataReader}. The schema shipped with the module ({@code multilateral-data.schema.json}) describes the same
 * shape.
 *
 * <p>Written back by {@link DataWriter}: a field that is {@code null} is left out, an empty list is written as
 * {@code null} (so left out), and an empty string is kept, so that nothing the core types can hold is lost.
 */
public final class Json {

  private Json() {}

  /** A whole data file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"$schema", "version", "currentTo", "sources", "countries", "organisations", "frameworks",
      "memberships", "events", "initiatives", "documents", "offices"})
  public record DataFile(
      @JsonProperty("$schema") String schema,
      String version,
      String currentTo,
      Map<String, Source> sources,
      List<Country> countries,
      List<Organisation> organisations,
      List<Framework> frameworks,
      List<Membership> memberships,
      List<Event> events,
      List<Initiative> initiatives,
      List<Document> documents,
      List<Office> offices) {}

  /** The bundled data's manifest. */
  public record Manifest(String version, String currentTo, List<String> files) {}

  /** A seed excerpt ({@code seed}, {@code excerpt}) or a web page (the other fields). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"seed", "excerpt", "url", "publisher", "title", "retrieved", "tier", "note"})
  public record Source(String seed, String excerpt, String url, String publisher, String title, String retrieved,
      String tier, String note) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"alpha3", "alpha2", "numeric", "name", "iso3166_3", "started", "ended", "successors", "names",
      "ids", "sources"})
  public record Country(String alpha3, String alpha2, String numeric, String name, String iso3166_3, String started,
      String ended, List<String> successors, List<CountryName> names, List<Identifier> ids, List<String> sources) {}

  /** An identifier in another dataset: Wikidata, Correlates of War, Gleditsch-Ward. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"scheme", "value", "from", "to", "sources"})
  public record Identifier(String scheme, String value, String from, String to, List<String> sources) {}

  /** A formal, common or former name of a country. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "kind", "from", "until", "sources"})
  public record CountryName(String name, String kind, String from, String until, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Milestone(String date, String kind, String document, String note, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "aliases", "name", "nameFr", "kind", "parent", "founded", "headquarters", "seats",
      "goals", "themes", "website", "coverage", "ids", "sources"})
  public record Organisation(String id, List<String> aliases, String name, String nameFr, String kind,
      String parent, List<Milestone> founded, String headquarters, List<Seat> seats, List<String> goals,
      List<String> themes, String website, List<Coverage> coverage, List<Identifier> ids, List<String> sources) {}

  /** A period over which the data is complete for some roles or kinds of fact. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"roles", "facts", "from", "to", "note"})
  public record Coverage(List<String> roles, List<String> facts, String from, String to, String note) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Seat(String name, String place, String country, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"organisation", "title", "holder", "country", "from", "to", "sources"})
  public record Office(String organisation, String title, String holder, String country, String from, String to,
      List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Framework(String id, String organisation, String name, String launched, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"from", "fromKind", "to", "toKind", "continues", "note"})
  public record Spell(String from, String fromKind, String to, String toKind, String continues, String note) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "from", "to", "description", "sources"})
  public record Episode(String kind, String from, String to, String description, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"country", "organisation", "role", "framework", "spells", "milestones", "episodes", "note",
      "sources"})
  public record Membership(String country, String organisation, String role, String framework, List<Spell> spells,
      List<Milestone> milestones, List<Episode> episodes, String note, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "organisation", "title", "kind", "from", "to", "place", "topics", "participants",
      "sources"})
  public record Event(String id, String organisation, String title, String kind, String from, String to,
      String place, List<String> topics, List<String> participants, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "organisation", "name", "aims", "launched", "supporters", "beneficiaries", "sources"})
  public record Initiative(String id, String organisation, String name, List<String> aims, String launched,
      List<String> supporters, List<String> beneficiaries, List<String> sources) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "organisation", "title", "kind", "adopted", "event", "summary", "sources"})
  public record Document(String id, String organisation, String title, String kind, String adopted, String event,
      String summary, List<String> sources) {}
}
