package org.multilateral.dataset.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.multilateral.core.Coverage;
import org.multilateral.core.Identifier;
import org.multilateral.core.CountryName;
import org.multilateral.core.FactKind;
import org.multilateral.core.Identified;
import org.multilateral.core.SourceTier;
import org.multilateral.core.Country;
import org.multilateral.core.CountryCode;
import org.multilateral.core.Dataset;
import org.multilateral.core.DateKind;
import org.multilateral.core.DatePrecision;
import org.multilateral.core.Document;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.Episode;
import org.multilateral.core.Event;
import org.multilateral.core.EventKind;
import org.multilateral.core.Initiative;
import org.multilateral.core.Membership;
import org.multilateral.core.Milestone;
import org.multilateral.core.Office;
import org.multilateral.core.Organisation;
import org.multilateral.core.OrganisationId;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.PartialDate;
import org.multilateral.core.PartnershipFramework;
import org.multilateral.core.Role;
import org.multilateral.core.Seat;
import org.multilateral.core.SeedExcerpt;
import org.multilateral.core.Source;
import org.multilateral.core.Spell;
import org.multilateral.core.WebPage;

/**
 * A compact binary form of a {@link Dataset}, made from the bundled JSON at build time (as java.time compiles the
 * time-zone rules into one resource) so that loading the bundled data needs neither a JSON parser nor its start-up
 * cost. Decoding goes through the same builders, so every invariant is checked again.
 *
 * <p>Layout: the magic {@code MLD1}, the {@linkplain #FORMAT_VERSION format version}, the {@linkplain #MODEL
 * model fingerprint}, the data version, the current-to day, a string table, the sources, then each kind of fact in
 * {@link Dataset} order. Strings are indexes into the table; enumeration constants are written as their ids (never
 * as ordinals), so a reordered or renamed constant is detected, not misread; optional values are preceded by a
 * presence byte; lists by their length.
 */
public final class BinaryData {

  private static final int MAGIC = 0x4D4C4431; // "MLD1"

  /** The layout's version: raise it whenever the order or kind of the fields written changes. */
  static final int FORMAT_VERSION = 4;

  /**
   * A fingerprint of the model the layout writes: the format version and the ids of every enumeration it writes.
   * Data compiled for another model is refused with a message, never decoded wrongly.
   */
  static final long MODEL = modelFingerprint();

  private static long modelFingerprint() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    StringBuilder model = new StringBuilder("format ").append(FORMAT_VERSION);
    for (Class<? extends Identified> type : List.of(DateKind.class, DatePrecision.class, Role.class,
        OrganisationKind.class, EventKind.class, DocumentKind.class, SourceTier.class, FactKind.class,
        CountryName.Kind.class, Identifier.Scheme.class)) {
      model.append(';').append(type.getSimpleName());
      for (Identified constant : type.getEnumConstants()) {
        model.append(',').append(constant.id());
      }
    }
    crc.update(model.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue();
  }

  private BinaryData() {}

  /** {@code dataset} in binary form. */
  public static byte[] encode(Dataset dataset) {
    return new Encoder(dataset).bytes();
  }

  /**
   * The dataset {@code bytes} hold.
   *
   * @throws IllegalArgumentException if the bytes are not a dataset, or were written in another format or for
   *     another model (the message says which), or name a constant the model does not have
   */
  public static Dataset decode(byte[] bytes) {
    try {
      return new Decoder(bytes).dataset();
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt binary dataset: " + e.getMessage(), e);
    }
  }

  private static final class Encoder {
    private final Dataset dataset;
    private final Map<String, Integer> strings = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> sources = new java.util.HashMap<>();
    private final List<Source> sourceList = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(body);

    Encoder(Dataset dataset) {
      this.dataset = dataset;
    }

    byte[] bytes() {
      try {
        collectSources();
        writeFacts();
        out.flush();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(all);
        head.writeInt(MAGIC);
        head.writeInt(FORMAT_VERSION);
        head.writeLong(MODEL);
        head.writeUTF(dataset.version());
        head.writeLong(dataset.currentTo().toEpochDay());
        head.writeInt(strings.size());
        for (String s : strings.keySet()) {
          byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          head.writeInt(utf8.length);
          head.write(utf8);
        }
        head.flush();
        body.writeTo(all);
        return all.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: cannot happen
      }
    }

    private void collectSources() {
      for (Source s : dataset.sources()) {
        sources.put(s.id(), sourceList.size());
        sourceList.add(s);
      }
    }

    private void writeFacts() throws IOException {
      out.writeInt(sourceList.size());
      for (Source s : sourceList) {
        if (s instanceof SeedExcerpt seed) {
          out.writeByte(0);
          str(seed.id());
          str(seed.file());
          str(seed.excerpt());
        } else {
          WebPage page = (WebPage) s;
          out.writeByte(1);
          str(page.id());
          str(page.url().toString());
          str(page.publisher());
          str(page.title());
          out.writeLong(page.retrieved().toEpochDay());
          id(page.tier());
          optStr(page.note());
        }
      }
      out.writeInt(dataset.countries().size());
      for (Country c : dataset.countries()) {
        str(c.code().value());
        str(c.alpha2());
        str(c.numeric());
        str(c.name());
        optStr(c.formerCode());
        optDate(c.started());
        optDate(c.ended());
        out.writeInt(c.successors().size());
        for (CountryCode s : c.successors()) {
          str(s.value());
        }
        identifiers(c.identifiers());
        out.writeInt(c.otherNames().size());
        for (CountryName n : c.otherNames()) {
          str(n.name());
          id(n.kind());
          optDate(n.from());
          optDate(n.until());
          cite(n.sources());
        }
        cite(c.sources());
      }
      out.writeInt(dataset.organisations().size());
      for (Organisation o : dataset.organisations()) {
        str(o.id().value());
        strs(List.copyOf(o.aliases()));
        str(o.name());
        str(o.frenchName());
        id(o.kind());
        optStr(o.parent().map(OrganisationId::value));
        milestones(o.founding());
        optStr(o.headquarters());
        out.writeInt(o.seats().size());
        for (Seat s : o.seats()) {
          str(s.name());
          str(s.place());
          str(s.country().value());
          cite(s.sources());
        }
        strs(o.goals());
        strs(o.themes());
        optStr(o.website().map(URI::toString));
        identifiers(o.identifiers());
        out.writeInt(o.coverage().size());
        for (Coverage c : o.coverage()) {
          ids(c.roles());
          ids(c.facts());
          out.writeLong(c.from().toEpochDay());
          out.writeBoolean(c.to().isPresent());
          if (c.to().isPresent()) {
            out.writeLong(c.to().get().toEpochDay());
          }
          optStr(c.note());
        }
        cite(o.sources());
      }
      out.writeInt(dataset.frameworks().size());
      for (PartnershipFramework f : dataset.frameworks()) {
        str(f.id());
        str(f.organisation().value());
        str(f.name());
        optDate(f.launched());
        cite(f.sources());
      }
      out.writeInt(dataset.memberships().size());
      for (Membership m : dataset.memberships()) {
        str(m.country().value());
        str(m.organisation().value());
        id(m.role());
        optStr(m.framework());
        out.writeInt(m.spells().size());
        for (Spell s : m.spells()) {
          date(s.start());
          id(s.startKind());
          optDate(s.end());
          optStr(s.endKind().map(Identified::id));
          optStr(s.continues().map(CountryCode::value));
          optStr(s.note());
        }
        milestones(m.milestones());
        out.writeInt(m.episodes().size());
        for (Episode e : m.episodes()) {
          str(e.kind());
          date(e.start());
          optDate(e.end());
          str(e.description());
          cite(e.sources());
        }
        optStr(m.note());
        cite(m.sources());
      }
      out.writeInt(dataset.events().size());
      for (Event e : dataset.events()) {
        str(e.id());
        str(e.organisation().value());
        str(e.title());
        id(e.kind());
        date(e.start());
        optDate(e.end());
        optStr(e.place());
        strs(e.topics());
        codes(e.participants());
        cite(e.sources());
      }
      out.writeInt(dataset.initiatives().size());
      for (Initiative i : dataset.initiatives()) {
        str(i.id());
        str(i.organisation().value());
        str(i.name());
        strs(i.aims());
        optDate(i.launched());
        codes(i.supporters());
        codes(i.beneficiaries());
        cite(i.sources());
      }
      out.writeInt(dataset.documents().size());
      for (Document d : dataset.documents()) {
        str(d.id());
        str(d.organisation().value());
        str(d.title());
        id(d.kind());
        optDate(d.adopted());
        optStr(d.event());
        optStr(d.summary());
        cite(d.sources());
      }
      out.writeInt(dataset.offices().size());
      for (Office o : dataset.offices()) {
        str(o.organisation().value());
        str(o.title());
        str(o.holder());
        optStr(o.country().map(CountryCode::value));
        date(o.start());
        optDate(o.end());
        cite(o.sources());
      }
    }

    private void identifiers(List<Identifier> list) throws IOException {
      out.writeInt(list.size());
      for (Identifier i : list) {
        id(i.scheme());
        str(i.value());
        optDate(i.from());
        optDate(i.to());
        cite(i.sources());
      }
    }

    private void milestones(List<Milestone> list) throws IOException {
      out.writeInt(list.size());
      for (Milestone m : list) {
        date(m.date());
        id(m.kind());
        optStr(m.document());
        optStr(m.note());
        cite(m.sources());
      }
    }

    private void str(String s) throws IOException {
      Integer index = strings.get(s);
      if (index == null) {
        index = strings.size();
        strings.put(s, index);
      }
      out.writeInt(index);
    }

    private void optStr(Optional<String> s) throws IOException {
      out.writeBoolean(s.isPresent());
      if (s.isPresent()) {
        str(s.get());
      }
    }

    private void strs(List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String s : list) {
        str(s);
      }
    }

    private void codes(List<CountryCode> list) throws IOException {
      out.writeInt(list.size());
      for (CountryCode c : list) {
        str(c.value());
      }
    }

    private void date(PartialDate d) throws IOException {
      out.writeInt((int) d.earliest().toEpochDay());
      id(d.precision());
    }

    private void optDate(Optional<PartialDate> d) throws IOException {
      out.writeBoolean(d.isPresent());
      if (d.isPresent()) {
        date(d.get());
      }
    }

    private void cite(List<Source> list) throws IOException {
      out.writeInt(list.size());
      for (Source s : list) {
        out.writeInt(sources.get(s.id()));
      }
    }

    private void id(Identified constant) throws IOException {
      str(constant.id());
    }

    private void ids(java.util.Collection<? extends Identified> constants) throws IOException {
      out.writeInt(constants.size());
      for (Identified c : constants) {
        id(c);
      }
    }
  }

  /**
   * Reads the binary form. It runs on every first load of the bundled data, in a JVM that has loaded little, so it
   * is written with plain loops and {@code if}s rather than lambdas and method references: each of those makes the
   * JVM spin a class at its first use, and in a fresh JVM that cost is larger than the decoding itself.
   */
  private static final class Decoder {

    private final DataInputStream in;
    private String[] strings;
    private final Map<Class<?>, Object[]> constants = new java.util.HashMap<>();
    private Source[] sources;

    Decoder(byte[] bytes) {
      this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    Dataset dataset() throws IOException {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a binary dataset");
      }
      int format = in.readInt();
      long model = in.readLong();
      if (format != FORMAT_VERSION || model != MODEL) {
        throw new IllegalArgumentException(String.format("compiled data of format %d for model %08x; this library "
            + "reads format %d for model %08x", format, model, FORMAT_VERSION, MODEL));
      }
      Dataset.Builder d = Dataset.builder().version(in.readUTF()).currentTo(LocalDate.ofEpochDay(in.readLong()));
      strings = new String[in.readInt()];
      for (int i = 0; i < strings.length; i++) {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        strings[i] = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
      }
      sources = new Source[in.readInt()];
      for (int i = 0; i < sources.length; i++) {
        if (in.readByte() == 0) {
          sources[i] = SeedExcerpt.builder().id(str()).file(str()).excerpt(str()).build();
        } else {
          WebPage.Builder page = WebPage.builder().id(str()).url(URI.create(str())).publisher(str()).title(str())
              .retrieved(LocalDate.ofEpochDay(in.readLong())).tier(id(SourceTier.class));
          String note = optStr();
          if (note != null) {
            page.note(note);
          }
          sources[i] = page.build();
        }
      }
      for (int n = in.readInt(); n > 0; n--) {
        Country.Builder c = Country.builder().code(CountryCode.of(str())).alpha2(str()).numeric(str()).name(str());
        String formerCode = optStr();
        if (formerCode != null) {
          c.formerCode(formerCode);
        }
        PartialDate started = optDate();
        if (started != null) {
          c.started(started);
        }
        PartialDate ended = optDate();
        if (ended != null) {
          c.ended(ended);
        }
        c.successors(codes());
        c.identifiers(identifiers());
        for (int k = in.readInt(); k > 0; k--) {
          CountryName.Builder name = CountryName.builder().name(str()).kind(id(CountryName.Kind.class));
          PartialDate from = optDate();
          if (from != null) {
            name.from(from);
          }
          PartialDate until = optDate();
          if (until != null) {
            name.until(until);
          }
          c.addOtherName(name.sources(cited()).build());
        }
        d.addCountry(c.sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        Organisation.Builder o = Organisation.builder().id(OrganisationId.of(str())).aliases(strs()).name(str())
            .frenchName(str()).kind(id(OrganisationKind.class));
        String parent = optStr();
        if (parent != null) {
          o.parent(OrganisationId.of(parent));
        }
        o.founding(milestones());
        String headquarters = optStr();
        if (headquarters != null) {
          o.headquarters(headquarters);
        }
        for (int s = in.readInt(); s > 0; s--) {
          o.addSeat(Seat.builder().name(str()).place(str()).country(CountryCode.of(str())).sources(cited()).build());
        }
        o.goals(strs()).themes(strs());
        String website = optStr();
        if (website != null) {
          o.website(URI.create(website));
        }
        o.identifiers(identifiers());
        for (int c = in.readInt(); c > 0; c--) {
          Coverage.Builder coverage = Coverage.builder();
          for (int r = in.readInt(); r > 0; r--) {
            coverage.addRoles(id(Role.class));
          }
          for (int k = in.readInt(); k > 0; k--) {
            coverage.addFacts(id(FactKind.class));
          }
          coverage.from(LocalDate.ofEpochDay(in.readLong()));
          if (in.readBoolean()) {
            coverage.to(LocalDate.ofEpochDay(in.readLong()));
          }
          String note = optStr();
          if (note != null) {
            coverage.note(note);
          }
          o.addCoverage(coverage.build());
        }
        d.addOrganisation(o.sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        PartnershipFramework.Builder f = PartnershipFramework.builder().id(str())
            .organisation(OrganisationId.of(str())).name(str());
        PartialDate launched = optDate();
        if (launched != null) {
          f.launched(launched);
        }
        d.addFramework(f.sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        Membership.Builder m = Membership.builder().country(CountryCode.of(str()))
            .organisation(OrganisationId.of(str())).role(id(Role.class));
        String framework = optStr();
        if (framework != null) {
          m.framework(framework);
        }
        for (int s = in.readInt(); s > 0; s--) {
          Spell.Builder spell = Spell.builder().start(date()).startKind(id(DateKind.class));
          PartialDate end = optDate();
          if (end != null) {
            spell.end(end);
          }
          if (in.readBoolean()) {
            spell.endKind(id(DateKind.class));
          }
          String continues = optStr();
          if (continues != null) {
            spell.continues(CountryCode.of(continues));
          }
          String note = optStr();
          if (note != null) {
            spell.note(note);
          }
          m.addSpell(spell.build());
        }
        m.milestones(milestones());
        for (int e = in.readInt(); e > 0; e--) {
          Episode.Builder episode = Episode.builder().kind(str()).start(date());
          PartialDate end = optDate();
          if (end != null) {
            episode.end(end);
          }
          m.addEpisode(episode.description(str()).sources(cited()).build());
        }
        String note = optStr();
        if (note != null) {
          m.note(note);
        }
        d.addMembership(m.sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        Event.Builder e = Event.builder().id(str()).organisation(OrganisationId.of(str())).title(str())
            .kind(id(EventKind.class)).start(date());
        PartialDate end = optDate();
        if (end != null) {
          e.end(end);
        }
        String place = optStr();
        if (place != null) {
          e.place(place);
        }
        d.addEvent(e.topics(strs()).participants(codes()).sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        Initiative.Builder i = Initiative.builder().id(str()).organisation(OrganisationId.of(str())).name(str())
            .aims(strs());
        PartialDate launched = optDate();
        if (launched != null) {
          i.launched(launched);
        }
        d.addInitiative(i.supporters(codes()).beneficiaries(codes()).sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        Document.Builder doc = Document.builder().id(str()).organisation(OrganisationId.of(str())).title(str())
            .kind(id(DocumentKind.class));
        PartialDate adopted = optDate();
        if (adopted != null) {
          doc.adopted(adopted);
        }
        String event = optStr();
        if (event != null) {
          doc.event(event);
        }
        String summary = optStr();
        if (summary != null) {
          doc.summary(summary);
        }
        d.addDocument(doc.sources(cited()).build());
      }
      for (int n = in.readInt(); n > 0; n--) {
        Office.Builder o = Office.builder().organisation(OrganisationId.of(str())).title(str()).holder(str());
        String country = optStr();
        if (country != null) {
          o.country(CountryCode.of(country));
        }
        o.start(date());
        PartialDate end = optDate();
        if (end != null) {
          o.end(end);
        }
        d.addOffice(o.sources(cited()).build());
      }
      if (in.available() != 0) {
        throw new IOException(in.available() + " unexpected bytes at the end");
      }
      return d.build();
    }

    private List<Identifier> identifiers() throws IOException {
      List<Identifier> list = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        Identifier.Builder i = Identifier.builder().scheme(id(Identifier.Scheme.class)).value(str());
        PartialDate from = optDate();
        if (from != null) {
          i.from(from);
        }
        PartialDate to = optDate();
        if (to != null) {
          i.to(to);
        }
        list.add(i.sources(cited()).build());
      }
      return list;
    }

    private List<Milestone> milestones() throws IOException {
      List<Milestone> list = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        Milestone.Builder m = Milestone.builder().date(date()).kind(id(DateKind.class));
        String document = optStr();
        if (document != null) {
          m.document(document);
        }
        String note = optStr();
        if (note != null) {
          m.note(note);
        }
        list.add(m.sources(cited()).build());
      }
      return list;
    }

    private String str() throws IOException {
      return strings[in.readInt()];
    }

    /** The constant of {@code type} whose id comes next; an unknown id throws, naming it. */
    private <E extends Enum<E> & Identified> E id(Class<E> type) throws IOException {
      int index = in.readInt();
      Object[] cache = constants.get(type);
      if (cache == null) {
        cache = new Object[strings.length];
        constants.put(type, cache);
      }
      Object constant = cache[index];
      if (constant == null) {
        constant = Identified.fromId(type, strings[index]);
        cache[index] = constant;
      }
      return type.cast(constant);
    }

    /** The string that comes next if one is present, else {@code null}. */
    private String optStr() throws IOException {
      return in.readBoolean() ? str() : null;
    }

    private List<String> strs() throws IOException {
      String[] list = new String[in.readInt()];
      for (int i = 0; i < list.length; i++) {
        list[i] = str();
      }
      return List.of(list);
    }

    private List<CountryCode> codes() throws IOException {
      CountryCode[] list = new CountryCode[in.readInt()];
      for (int i = 0; i < list.length; i++) {
        list[i] = CountryCode.of(str());
      }
      return List.of(list);
    }

    private PartialDate date() throws IOException {
      LocalDate day = LocalDate.ofEpochDay(in.readInt());
      switch (id(DatePrecision.class)) {
        case DAY:
          return PartialDate.of(day);
        case MONTH:
          return PartialDate.of(java.time.YearMonth.from(day));
        default:
          return PartialDate.of(java.time.Year.from(day));
      }
    }

    /** The date that comes next if one is present, else {@code null}. */
    private PartialDate optDate() throws IOException {
      return in.readBoolean() ? date() : null;
    }

    private List<Source> cited() throws IOException {
      Source[] list = new Source[in.readInt()];
      for (int i = 0; i < list.length; i++) {
        list[i] = sources[in.readInt()];
      }
      return List.of(list);
    }
  }
}
