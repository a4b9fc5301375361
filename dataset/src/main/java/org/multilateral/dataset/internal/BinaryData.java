package org.multilateral.dataset.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Layout: the magic {@code MLD1}, the {@linkplain #FORMAT_VERSION format version}, the CRC-32 of all that follows
 * (so that a damaged file is refused rather than read as other facts), a string table, the data
 * version, the current-to day, the sources, then each kind of fact in {@link Dataset} order. Strings are indexes
 * into the table. Enumeration constants are written as their ids (never as ordinals), so a reordered constant is
 * read right and a renamed or removed one is refused with its id: that, with the format version, is the one guard
 * against data compiled for another model. Dates are written as their text ({@code 1949-04-04}, {@code 2019-09},
 * {@code 1973}) in the string table, so that each distinct date is parsed once and shared, and codes and ids of
 * countries and organisations are made once per distinct string too. Optional values are preceded by a presence
 * byte; lists by their length.
 */
public final class BinaryData {

  private static final int MAGIC = 0x4D4C4431; // "MLD1"

  /** The layout's version: raise it whenever the order or kind of the fields written changes. */
  static final int FORMAT_VERSION = 6;

  /** Where the checksummed part begins: after the magic, the format version and the checksum itself. */
  static final int CHECKED_FROM = 12;

  private BinaryData() {}

  /** {@code dataset} in binary form. */
  public static byte[] encode(Dataset dataset) {
    return new Encoder(dataset).bytes();
  }

  /**
   * The dataset {@code bytes} hold.
   *
   * @throws IllegalArgumentException if the bytes are not a dataset, or were written in another format or for
   *     another model (the message says which), or are damaged (their checksum does not match), or name a constant
   *     the model does not have
   */
  public static Dataset decode(byte[] bytes) {
    try {
      return new Decoder(bytes).dataset();
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt binary dataset: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw e; // a value's check failed: its message names the record
    } catch (RuntimeException e) {
      // Read past the end, an index out of range, a negative length. (Caught as RuntimeException: a catch of those
      // exceptions by name would load their classes at every first load, only to verify this method.)
      throw new IllegalArgumentException("corrupt binary dataset: truncated, or an index or length out of range", e);
    }
  }

  /** {@code bytes} with the CRC-32 of their checked part written into its place in the header. */
  static byte[] withChecksum(byte[] bytes) {
    int crc = checksum(bytes);
    bytes[8] = (byte) (crc >>> 24);
    bytes[9] = (byte) (crc >>> 16);
    bytes[10] = (byte) (crc >>> 8);
    bytes[11] = (byte) crc;
    return bytes;
  }

  private static int checksum(byte[] bytes) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, CHECKED_FROM, bytes.length - CHECKED_FROM);
    return (int) crc.getValue();
  }

  private static final class Encoder {
    private final Dataset dataset;
    private final java.util.Map<String, Integer> strings = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Integer> sources = new java.util.HashMap<>();
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
        head.writeInt(0); // the checksum, filled in below
        head.writeInt(strings.size());
        for (String s : strings.keySet()) {
          byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          head.writeInt(utf8.length);
          head.write(utf8);
        }
        head.flush();
        body.writeTo(all);
        return withChecksum(all.toByteArray());
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
      str(dataset.version());
      out.writeLong(dataset.currentTo().toEpochDay());
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
      str(d.toString());
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

    private final byte[] bytes;
    private int position;
    private String[] strings;
    /** Per string index, the value made from it: a constant, a date, a country code or an organisation id. */
    private Object[] made;
    private Source[] sources;

    Decoder(byte[] bytes) {
      this.bytes = bytes;
    }

    Dataset dataset() throws IOException {
      if (bytes.length < CHECKED_FROM + 4 || readInt() != MAGIC) {
        throw new IOException("not a binary dataset");
      }
      int format = readInt();
      if (format != FORMAT_VERSION) {
        throw new IllegalArgumentException("compiled data of format " + format + "; this library reads format "
            + FORMAT_VERSION);
      }
      if (readInt() != checksum(bytes)) {
        throw new IOException("its checksum does not match: the file is damaged");
      }
      strings = new String[count()];
      made = new Object[strings.length];
      for (int i = 0; i < strings.length; i++) {
        int length = readInt();
        strings[i] = new String(bytes, position, length, java.nio.charset.StandardCharsets.UTF_8);
        position += length;
      }
      Dataset.Builder d = Dataset.builder().version(str()).currentTo(LocalDate.ofEpochDay(readLong()));
      sources = new Source[count()];
      for (int i = 0; i < sources.length; i++) {
        if (readByte() == 0) {
          sources[i] = SeedExcerpt.builder().id(str()).file(str()).excerpt(str()).build();
        } else {
          WebPage.Builder page = WebPage.builder().id(str()).url(URI.create(str())).publisher(str()).title(str())
              .retrieved(LocalDate.ofEpochDay(readLong())).tier(id(SourceTier.class));
          String note = optStr();
          if (note != null) {
            page.note(note);
          }
          sources[i] = page.build();
        }
      }
      for (int n = readInt(); n > 0; n--) {
        Country.Builder c = Country.builder().code(code()).alpha2(str()).numeric(str()).name(str());
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
        for (int k = readInt(); k > 0; k--) {
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
      for (int n = readInt(); n > 0; n--) {
        Organisation.Builder o = Organisation.builder().id(organisation()).aliases(strs()).name(str())
            .frenchName(str()).kind(id(OrganisationKind.class));
        if (readBoolean()) {
          o.parent(organisation());
        }
        o.founding(milestones());
        String headquarters = optStr();
        if (headquarters != null) {
          o.headquarters(headquarters);
        }
        for (int s = readInt(); s > 0; s--) {
          o.addSeat(Seat.builder().name(str()).place(str()).country(code()).sources(cited()).build());
        }
        o.goals(strs()).themes(strs());
        String website = optStr();
        if (website != null) {
          o.website(URI.create(website));
        }
        o.identifiers(identifiers());
        for (int c = readInt(); c > 0; c--) {
          Coverage.Builder coverage = Coverage.builder();
          for (int r = readInt(); r > 0; r--) {
            coverage.addRoles(id(Role.class));
          }
          for (int k = readInt(); k > 0; k--) {
            coverage.addFacts(id(FactKind.class));
          }
          coverage.from(LocalDate.ofEpochDay(readLong()));
          if (readBoolean()) {
            coverage.to(LocalDate.ofEpochDay(readLong()));
          }
          String note = optStr();
          if (note != null) {
            coverage.note(note);
          }
          o.addCoverage(coverage.build());
        }
        d.addOrganisation(o.sources(cited()).build());
      }
      for (int n = readInt(); n > 0; n--) {
        PartnershipFramework.Builder f = PartnershipFramework.builder().id(str())
            .organisation(organisation()).name(str());
        PartialDate launched = optDate();
        if (launched != null) {
          f.launched(launched);
        }
        d.addFramework(f.sources(cited()).build());
      }
      for (int n = readInt(); n > 0; n--) {
        Membership.Builder m = Membership.builder().country(code())
            .organisation(organisation()).role(id(Role.class));
        String framework = optStr();
        if (framework != null) {
          m.framework(framework);
        }
        for (int s = readInt(); s > 0; s--) {
          Spell.Builder spell = Spell.builder().start(date()).startKind(id(DateKind.class));
          PartialDate end = optDate();
          if (end != null) {
            spell.end(end);
          }
          if (readBoolean()) {
            spell.endKind(id(DateKind.class));
          }
          if (readBoolean()) {
            spell.continues(code());
          }
          String note = optStr();
          if (note != null) {
            spell.note(note);
          }
          m.addSpell(spell.build());
        }
        m.milestones(milestones());
        for (int e = readInt(); e > 0; e--) {
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
      for (int n = readInt(); n > 0; n--) {
        Event.Builder e = Event.builder().id(str()).organisation(organisation()).title(str())
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
      for (int n = readInt(); n > 0; n--) {
        Initiative.Builder i = Initiative.builder().id(str()).organisation(organisation()).name(str())
            .aims(strs());
        PartialDate launched = optDate();
        if (launched != null) {
          i.launched(launched);
        }
        d.addInitiative(i.supporters(codes()).beneficiaries(codes()).sources(cited()).build());
      }
      for (int n = readInt(); n > 0; n--) {
        Document.Builder doc = Document.builder().id(str()).organisation(organisation()).title(str())
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
      for (int n = readInt(); n > 0; n--) {
        Office.Builder o = Office.builder().organisation(organisation()).title(str()).holder(str());
        if (readBoolean()) {
          o.country(code());
        }
        o.start(date());
        PartialDate end = optDate();
        if (end != null) {
          o.end(end);
        }
        d.addOffice(o.sources(cited()).build());
      }
      if (position != bytes.length) {
        throw new IOException((bytes.length - position) + " unexpected bytes at the end");
      }
      return d.build();
    }

    private List<Identifier> identifiers() throws IOException {
      List<Identifier> list = new ArrayList<>();
      for (int n = readInt(); n > 0; n--) {
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
      for (int n = readInt(); n > 0; n--) {
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

    // Reading by hand from the array: DataInputStream reads an int as four synchronised calls, which a fresh JVM
    // interprets, tens of thousands of times for the bundled data.

    private int readInt() {
      int p = position;
      position = p + 4;
      return (bytes[p] & 0xFF) << 24 | (bytes[p + 1] & 0xFF) << 16 | (bytes[p + 2] & 0xFF) << 8 | bytes[p + 3] & 0xFF;
    }

    /**
     * A count of things to come, each at least a byte long: refused when more than the bytes left, so that a damaged
     * count fails as corrupt data rather than as an attempt to allocate gigabytes.
     */
    private int count() {
      int n = readInt();
      if (n < 0 || n > bytes.length - position) {
        throw new IllegalArgumentException("corrupt binary dataset: a count of " + n + " where "
            + (bytes.length - position) + " bytes are left");
      }
      return n;
    }

    private long readLong() {
      return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
    }

    private boolean readBoolean() {
      return bytes[position++] != 0;
    }

    private byte readByte() {
      return bytes[position++];
    }

    private String str() {
      return strings[readInt()];
    }

    /**
     * The constant of {@code type} whose id comes next; an unknown id throws, naming it. A string names constants of
     * one type only (enumeration ids are distinct words), so the constant made from it is kept by its index.
     */
    private <E extends Enum<E> & Identified> E id(Class<E> type) {
      int index = readInt();
      Object constant = made[index];
      if (!type.isInstance(constant)) {
        constant = Identified.fromId(type, strings[index]);
        made[index] = constant;
      }
      return type.cast(constant);
    }

    /** The country code that comes next, made once per distinct code. */
    private CountryCode code() {
      int index = readInt();
      Object code = made[index];
      if (!(code instanceof CountryCode)) {
        code = CountryCode.of(strings[index]);
        made[index] = code;
      }
      return (CountryCode) code;
    }

    /** The organisation id that comes next, made once per distinct id. */
    private OrganisationId organisation() {
      int index = readInt();
      Object id = made[index];
      if (!(id instanceof OrganisationId)) {
        id = OrganisationId.of(strings[index]);
        made[index] = id;
      }
      return (OrganisationId) id;
    }

    /** The string that comes next if one is present, else {@code null}. */
    private String optStr() throws IOException {
      return readBoolean() ? str() : null;
    }

    private List<String> strs() throws IOException {
      String[] list = new String[count()];
      for (int i = 0; i < list.length; i++) {
        list[i] = str();
      }
      return List.of(list);
    }

    private List<CountryCode> codes() {
      CountryCode[] list = new CountryCode[count()];
      for (int i = 0; i < list.length; i++) {
        list[i] = code();
      }
      return List.of(list);
    }

    /** The date that comes next, parsed once per distinct date (dates are immutable: shared). */
    private PartialDate date() {
      int index = readInt();
      Object date = made[index];
      if (!(date instanceof PartialDate)) {
        date = PartialDate.parse(strings[index]);
        made[index] = date;
      }
      return (PartialDate) date;
    }

    /** The date that comes next if one is present, else {@code null}. */
    private PartialDate optDate() throws IOException {
      return readBoolean() ? date() : null;
    }

    private List<Source> cited() throws IOException {
      Source[] list = new Source[readInt()];
      for (int i = 0; i < list.length; i++) {
        list[i] = sources[readInt()];
      }
      return List.of(list);
    }
  }
}
