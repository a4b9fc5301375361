package org.multilateral.dataset.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.multilateral.core.internal.ValueFactory;

/**
 * A compact binary form of a {@link Dataset}, made from the bundled JSON at build time (as java.time compiles the
 * time-zone rules into one resource) so that loading the bundled data needs neither a JSON parser nor its start-up
 * cost. Decoding makes each value through core's {@link ValueFactory}, whose generated constructors run every value's
 * own checks again, without the builders (two classes each to load in a fresh JVM). The checks across facts (unique
 * ids, known references, memberships within lives) are not repeated: the file is written from a {@link Dataset},
 * which {@link Dataset.Builder#build()} checked, and its checksum is verified before anything is read.
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

    private final ValueFactory values = ValueFactory.get();
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
      String version = str();
      LocalDate currentTo = LocalDate.ofEpochDay(readLong());
      sources = new Source[count()];
      for (int i = 0; i < sources.length; i++) {
        if (readByte() == 0) {
          sources[i] = values.seedExcerpt(str(), str(), str());
        } else {
          String id = str();
          URI url = URI.create(str());
          String publisher = str();
          String title = str();
          LocalDate retrieved = LocalDate.ofEpochDay(readLong());
          SourceTier tier = id(SourceTier.class);
          sources[i] = values.webPage(id, url, publisher, title, retrieved, optStr(), tier);
        }
      }
      Country[] countries = new Country[count()];
      for (int n = 0; n < countries.length; n++) {
        CountryCode code = code();
        String alpha2 = str();
        String numeric = str();
        String name = str();
        Optional<String> formerCode = optStr();
        Optional<PartialDate> started = optDate();
        Optional<PartialDate> ended = optDate();
        List<CountryCode> successors = codes();
        List<Identifier> identifiers = identifiers();
        CountryName[] names = new CountryName[count()];
        for (int k = 0; k < names.length; k++) {
          names[k] = values.countryName(str(), id(CountryName.Kind.class), optDate(), optDate(), cited());
        }
        countries[n] = values.country(code, alpha2, numeric, name, formerCode, started, ended, successors,
            List.of(names), identifiers, cited());
      }
      Organisation[] organisations = new Organisation[count()];
      for (int n = 0; n < organisations.length; n++) {
        OrganisationId id = organisation();
        List<String> aliases = strs();
        String name = str();
        String frenchName = str();
        OrganisationKind kind = id(OrganisationKind.class);
        Optional<OrganisationId> parent = optOrganisation();
        List<Milestone> founding = milestones();
        Optional<String> headquarters = optStr();
        Seat[] seats = new Seat[count()];
        for (int s = 0; s < seats.length; s++) {
          seats[s] = values.seat(str(), str(), code(), cited());
        }
        List<String> goals = strs();
        List<String> themes = strs();
        Optional<String> website = optStr();
        List<Identifier> identifiers = identifiers();
        Coverage[] coverage = new Coverage[count()];
        for (int c = 0; c < coverage.length; c++) {
          EnumSet<Role> roles = EnumSet.noneOf(Role.class);
          for (int r = readInt(); r > 0; r--) {
            roles.add(id(Role.class));
          }
          EnumSet<FactKind> facts = EnumSet.noneOf(FactKind.class);
          for (int k = readInt(); k > 0; k--) {
            facts.add(id(FactKind.class));
          }
          LocalDate from = LocalDate.ofEpochDay(readLong());
          Optional<LocalDate> to = readBoolean() ? Optional.of(LocalDate.ofEpochDay(readLong())) : Optional.empty();
          coverage[c] = values.coverage(roles, facts, from, to, optStr());
        }
        organisations[n] = values.organisation(id, aliases, name, frenchName, kind, parent, founding, headquarters,
            List.of(seats), goals, themes, website.isPresent() ? Optional.of(URI.create(website.get()))
                : Optional.empty(), List.of(coverage), identifiers, cited());
      }
      PartnershipFramework[] frameworks = new PartnershipFramework[count()];
      for (int n = 0; n < frameworks.length; n++) {
        frameworks[n] = values.framework(str(), organisation(), str(), optDate(), cited());
      }
      Membership[] memberships = new Membership[count()];
      for (int n = 0; n < memberships.length; n++) {
        CountryCode country = code();
        OrganisationId organisation = organisation();
        Role role = id(Role.class);
        Optional<String> framework = optStr();
        Spell[] spells = new Spell[count()];
        for (int s = 0; s < spells.length; s++) {
          PartialDate start = date();
          DateKind startKind = id(DateKind.class);
          Optional<PartialDate> end = optDate();
          Optional<DateKind> endKind = readBoolean() ? Optional.of(id(DateKind.class)) : Optional.empty();
          Optional<CountryCode> continues = optCode();
          spells[s] = values.spell(start, startKind, end, endKind, optStr(), continues);
        }
        List<Milestone> milestones = milestones();
        Episode[] episodes = new Episode[count()];
        for (int e = 0; e < episodes.length; e++) {
          episodes[e] = values.episode(str(), date(), optDate(), str(), cited());
        }
        memberships[n] = values.membership(country, organisation, role, framework, List.of(spells), milestones,
            List.of(episodes), optStr(), cited());
      }
      Event[] events = new Event[count()];
      for (int n = 0; n < events.length; n++) {
        events[n] = values.event(str(), organisation(), str(), id(EventKind.class), date(), optDate(), optStr(),
            strs(), codes(), cited());
      }
      Initiative[] initiatives = new Initiative[count()];
      for (int n = 0; n < initiatives.length; n++) {
        initiatives[n] = values.initiative(str(), organisation(), str(), strs(), optDate(), codes(), codes(),
            cited());
      }
      Document[] documents = new Document[count()];
      for (int n = 0; n < documents.length; n++) {
        documents[n] = values.document(str(), organisation(), str(), id(DocumentKind.class), optDate(), optStr(),
            optStr(), cited());
      }
      Office[] offices = new Office[count()];
      for (int n = 0; n < offices.length; n++) {
        OrganisationId organisation = organisation();
        String title = str();
        String holder = str();
        Optional<CountryCode> country = optCode();
        offices[n] = values.office(organisation, title, holder, country, date(), optDate(), cited());
      }
      if (position != bytes.length) {
        throw new IOException((bytes.length - position) + " unexpected bytes at the end");
      }
      return values.checkedDataset(version, currentTo, List.of(countries), List.of(organisations), List.of(frameworks),
          List.of(memberships), List.of(events), List.of(initiatives), List.of(documents), List.of(offices));
    }

    private List<Identifier> identifiers() {
      Identifier[] list = new Identifier[count()];
      for (int n = 0; n < list.length; n++) {
        list[n] = values.identifier(id(Identifier.Scheme.class), str(), optDate(), optDate(), cited());
      }
      return List.of(list);
    }

    private List<Milestone> milestones() {
      Milestone[] list = new Milestone[count()];
      for (int n = 0; n < list.length; n++) {
        list[n] = values.milestone(date(), id(DateKind.class), optStr(), optStr(), cited());
      }
      return List.of(list);
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

    /** The country code that comes next if one is present (written as an optional string). */
    private Optional<CountryCode> optCode() {
      return readBoolean() ? Optional.of(code()) : Optional.empty();
    }

    /** The organisation id that comes next if one is present (written as an optional string). */
    private Optional<OrganisationId> optOrganisation() {
      return readBoolean() ? Optional.of(organisation()) : Optional.empty();
    }

    /** The string that comes next if one is present. */
    private Optional<String> optStr() {
      return readBoolean() ? Optional.of(str()) : Optional.empty();
    }

    private List<String> strs() {
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

    /** The date that comes next if one is present. */
    private Optional<PartialDate> optDate() {
      return readBoolean() ? Optional.of(date()) : Optional.empty();
    }

    private List<Source> cited() {
      Source[] list = new Source[readInt()];
      for (int i = 0; i < list.length; i++) {
        list[i] = sources[readInt()];
      }
      return List.of(list);
    }
  }
}
