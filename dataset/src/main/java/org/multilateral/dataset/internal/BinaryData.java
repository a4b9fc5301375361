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
 * (so that a damaged file is refused rather than read as other facts), a string table (the count, where each string
 * begins, then the strings' bytes), the data version, the current-to day, the offsets of each source's record and of
 * each kind of fact, then the body: the sources' records, then each kind of fact in {@link Dataset} order.
 * {@link #decode} reads the header and checks the checksum; the dataset it returns reads each kind of fact when first
 * asked for it, each source when first cited and each string when first used, as the JDK reads a time zone's rules, so
 * that a program that asks for memberships never reads the events, documents or offices. Strings are indexes into the
 * table. Enumeration constants are written as their ids (never as ordinals), so a reordered constant is read right and
 * a renamed or removed one is refused with its id: that, with the format version, is the one guard against data
 * compiled for another model. Dates are written as their text ({@code 1949-04-04}, {@code 2019-09}, {@code 1973}) in
 * the string table, so that each distinct date is parsed once and shared, and codes and ids of countries and
 * organisations are made once per distinct string too. Optional values are preceded by a presence byte; lists by their
 * length.
 */
public final class BinaryData {

  private static final int MAGIC = 0x4D4C4431; // "MLD1"

  /** The layout's version: raise it whenever the order or kind of the fields written changes. */
  static final int FORMAT_VERSION = 8;

  /** Where the checksummed part begins: after the magic, the format version and the checksum itself. */
  static final int CHECKED_FROM = 12;

  // The kinds of fact, in the order they are written; each is read on first use.
  private static final int COUNTRIES = 0;
  private static final int ORGANISATIONS = 1;
  private static final int FRAMEWORKS = 2;
  private static final int MEMBERSHIPS = 3;
  private static final int EVENTS = 4;
  private static final int INITIATIVES = 5;
  private static final int DOCUMENTS = 6;
  private static final int OFFICES = 7;
  private static final int PARTS = 8;
  private static final String[] PART_NAMES = {
      "countries", "organisations", "frameworks", "memberships", "events", "initiatives", "documents", "offices"};

  /** How the message of a part that cannot be read begins. */
  static final String CORRUPT = "cannot read the compiled dataset's ";

  private BinaryData() {}

  /** {@code dataset} in binary form. */
  public static byte[] encode(Dataset dataset) {
    return new Encoder(dataset).bytes();
  }

  /**
   * The dataset {@code bytes} hold. Its header, tables and checksum are read here; each kind of fact is read when the
   * dataset is first asked for it.
   *
   * @throws IllegalArgumentException if the bytes are not a dataset, or were written in another format (the message
   *     says which), or are damaged (their checksum does not match), or their tables point outside them; a kind of
   *     fact that then cannot be read (only data compiled for another model can name a constant the model does not
   *     have) throws {@link IllegalStateException} from the accessor that asked for it, naming the kind and the
   *     constant
   */
  public static Dataset decode(byte[] bytes) {
    try {
      return new Decoder(bytes).dataset();
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt binary dataset: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw e; // the format, a count or the dataset's version: the message says which
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
    /** Where each source's record and each kind of fact begin in the body: the decoder reads each on first use. */
    private int[] sourceAt;
    private final int[] partAt = new int[PARTS];
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(body);

    Encoder(Dataset dataset) {
      this.dataset = dataset;
    }

    byte[] bytes() {
      try {
        collectSources();
        int version = index(dataset.version());
        writeFacts();
        out.flush();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(all);
        head.writeInt(MAGIC);
        head.writeInt(FORMAT_VERSION);
        head.writeInt(0); // the checksum, filled in below
        // The string table: the count, where each string begins and where the last ends, then the strings' bytes.
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        head.writeInt(strings.size());
        for (String s : strings.keySet()) {
          head.writeInt(text.size());
          text.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        head.writeInt(text.size());
        text.writeTo(head);
        head.writeInt(version);
        head.writeLong(dataset.currentTo().toEpochDay());
        head.writeInt(sourceAt.length);
        for (int at : sourceAt) {
          head.writeInt(at);
        }
        for (int at : partAt) {
          head.writeInt(at);
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
      sourceAt = new int[sourceList.size()];
      for (int n = 0; n < sourceAt.length; n++) {
        sourceAt[n] = out.size();
        Source s = sourceList.get(n);
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
      partAt[COUNTRIES] = out.size();
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
      partAt[ORGANISATIONS] = out.size();
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
      partAt[FRAMEWORKS] = out.size();
      out.writeInt(dataset.frameworks().size());
      for (PartnershipFramework f : dataset.frameworks()) {
        str(f.id());
        str(f.organisation().value());
        str(f.name());
        optDate(f.launched());
        cite(f.sources());
      }
      partAt[MEMBERSHIPS] = out.size();
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
      partAt[EVENTS] = out.size();
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
      partAt[INITIATIVES] = out.size();
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
      partAt[DOCUMENTS] = out.size();
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
      partAt[OFFICES] = out.size();
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
      out.writeInt(index(s));
    }

    private int index(String s) {
      Integer index = strings.get(s);
      if (index == null) {
        index = strings.size();
        strings.put(s, index);
      }
      return index;
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
   * Reads the binary form: the header, the tables and the checksum when made, each source and each kind of fact when
   * the dataset first asks for it ({@link ValueFactory.Parts}), each string when first read. It runs in a JVM that has
   * loaded little, so it is written with plain loops and {@code if}s rather than lambdas and method references: each
   * of those makes the JVM spin a class at its first use, and in a fresh JVM that cost is larger than the decoding
   * itself. The dataset calls the parts' methods one at a time, under its lock, so the reading position and the
   * caches need no lock of their own.
   */
  private static final class Decoder implements ValueFactory.Parts {

    private final ValueFactory values = ValueFactory.get();
    private final byte[] bytes;
    private int position;
    /**
     * Where the table of the strings' offsets begins, and the strings' bytes; the strings made so far. A string is
     * made, from its offset and the next, when first read, so the load reads none but the version.
     */
    private int stringTable;
    private int stringBytes;
    private int stringEnd;
    private String[] strings;
    /** Per string index, the value made from it: a constant, a date, a country code or an organisation id. */
    private Object[] made;
    /** Where the table of the sources' offsets begins; the sources made so far. */
    private int sourceTable;
    private Source[] sources;
    /** Where the body begins: the sources' records, then the facts. */
    private int body;
    /** Where each kind of fact begins, and where the last ends. */
    private final int[] partAt = new int[PARTS + 1];

    Decoder(byte[] bytes) {
      this.bytes = bytes;
    }

    /** Reads and checks the header and the tables; the facts are read when the dataset first asks for them. */
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
      strings = new String[table()];
      made = new Object[strings.length];
      stringTable = position;
      position += 4 * strings.length;
      stringBytes = position + 4;
      stringEnd = offset(stringBytes, readInt(), bytes.length - stringBytes);
      position = stringEnd;
      String version = str();
      LocalDate currentTo = LocalDate.ofEpochDay(readLong());
      sources = new Source[table()];
      sourceTable = position;
      position += 4 * sources.length;
      for (int k = 0; k < PARTS; k++) {
        partAt[k] = readInt();
      }
      // The offsets are into the body, which follows: each part must begin within the body and after the one before.
      body = position;
      partAt[PARTS] = bytes.length;
      for (int k = PARTS - 1; k >= 0; k--) {
        partAt[k] = offset(body, partAt[k], partAt[k + 1] - body);
      }
      return values.lazyDataset(version, currentTo, this);
    }

    /** The count of a table of offsets that comes next, refused unless its offsets fit in the bytes left. */
    private int table() {
      int n = count();
      if (n > (bytes.length - position) / 4) {
        throw new IllegalArgumentException("corrupt binary dataset: a table of " + n + " offsets where "
            + (bytes.length - position) + " bytes are left");
      }
      return n;
    }

    /** The position {@code offset} bytes after {@code from}, refused unless it lies within the first {@code limit}. */
    private static int offset(int from, int offset, int limit) {
      if (offset < 0 || offset > limit) {
        throw new IllegalArgumentException("corrupt binary dataset: an offset of " + offset + " where the part that"
            + " holds it is " + limit + " bytes long");
      }
      return from + offset;
    }

    /** The four bytes at {@code at}, as an int. */
    private int intAt(int at) {
      return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
          | bytes[at + 3] & 0xFF;
    }

    /** Goes to the start of part {@code k} of the facts and reads its count. */
    private int start(int k) {
      position = partAt[k];
      return count();
    }

    /** The facts read from part {@code k}, which must have been read to its end and no further. */
    private <T> List<T> end(int k, T[] read) {
      if (position != partAt[k + 1]) {
        throw new IllegalStateException(corrupt(PART_NAMES[k] + ": " + (partAt[k + 1] - position)
            + " bytes left unread"));
      }
      return List.of(read);
    }

    @Override
    public List<Country> countries() {
      try {
        Country[] countries = new Country[start(COUNTRIES)];
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
        return end(COUNTRIES, countries);
      } catch (RuntimeException e) {
        throw failed(COUNTRIES, e);
      }
    }

    @Override
    public List<Organisation> organisations() {
      try {
        Organisation[] organisations = new Organisation[start(ORGANISATIONS)];
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
            Optional<LocalDate> to = readBoolean() ? Optional.of(LocalDate.ofEpochDay(readLong()))
                : Optional.empty();
            coverage[c] = values.coverage(roles, facts, from, to, optStr());
          }
          organisations[n] = values.organisation(id, aliases, name, frenchName, kind, parent, founding,
              headquarters, List.of(seats), goals, themes, website.isPresent()
                  ? Optional.of(URI.create(website.get())) : Optional.empty(), List.of(coverage), identifiers,
              cited());
        }
        return end(ORGANISATIONS, organisations);
      } catch (RuntimeException e) {
        throw failed(ORGANISATIONS, e);
      }
    }

    @Override
    public List<PartnershipFramework> frameworks() {
      try {
        PartnershipFramework[] frameworks = new PartnershipFramework[start(FRAMEWORKS)];
        for (int n = 0; n < frameworks.length; n++) {
          frameworks[n] = values.framework(str(), organisation(), str(), optDate(), cited());
        }
        return end(FRAMEWORKS, frameworks);
      } catch (RuntimeException e) {
        throw failed(FRAMEWORKS, e);
      }
    }

    @Override
    public List<Membership> memberships() {
      try {
        Membership[] memberships = new Membership[start(MEMBERSHIPS)];
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
        return end(MEMBERSHIPS, memberships);
      } catch (RuntimeException e) {
        throw failed(MEMBERSHIPS, e);
      }
    }

    @Override
    public List<Event> events() {
      try {
        Event[] events = new Event[start(EVENTS)];
        for (int n = 0; n < events.length; n++) {
          events[n] = values.event(str(), organisation(), str(), id(EventKind.class), date(), optDate(), optStr(),
              strs(), codes(), cited());
        }
        return end(EVENTS, events);
      } catch (RuntimeException e) {
        throw failed(EVENTS, e);
      }
    }

    @Override
    public List<Initiative> initiatives() {
      try {
        Initiative[] initiatives = new Initiative[start(INITIATIVES)];
        for (int n = 0; n < initiatives.length; n++) {
          initiatives[n] = values.initiative(str(), organisation(), str(), strs(), optDate(), codes(), codes(),
              cited());
        }
        return end(INITIATIVES, initiatives);
      } catch (RuntimeException e) {
        throw failed(INITIATIVES, e);
      }
    }

    @Override
    public List<Document> documents() {
      try {
        Document[] documents = new Document[start(DOCUMENTS)];
        for (int n = 0; n < documents.length; n++) {
          documents[n] = values.document(str(), organisation(), str(), id(DocumentKind.class), optDate(), optStr(),
              optStr(), cited());
        }
        return end(DOCUMENTS, documents);
      } catch (RuntimeException e) {
        throw failed(DOCUMENTS, e);
      }
    }

    @Override
    public List<Office> offices() {
      try {
        Office[] offices = new Office[start(OFFICES)];
        for (int n = 0; n < offices.length; n++) {
          OrganisationId organisation = organisation();
          String title = str();
          String holder = str();
          Optional<CountryCode> country = optCode();
          offices[n] = values.office(organisation, title, holder, country, date(), optDate(), cited());
        }
        return end(OFFICES, offices);
      } catch (RuntimeException e) {
        throw failed(OFFICES, e);
      }
    }

    /**
     * A part that cannot be read. The checksum was verified when the dataset was made, so the bytes are the ones
     * the build wrote and its tests read back: only a model of another version (a multilateral-core jar that is not
     * the one this multilateral-dataset jar was built with) can fail here.
     */
    private static IllegalStateException failed(int part, RuntimeException e) {
      if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith(CORRUPT)) {
        return (IllegalStateException) e;
      }
      return new IllegalStateException(corrupt(PART_NAMES[part] + ": " + e.getMessage()
          + " (are multilateral-core and multilateral-dataset of the same version?)"), e);
    }

    private static String corrupt(String what) {
      return CORRUPT + what;
    }

    /** The source with index {@code i}, read from its record the first time. */
    private Source source(int i) {
      Source source = sources[i];
      if (source == null) {
        int resume = position;
        position = offset(body, intAt(sourceTable + 4 * i), partAt[0] - body);
        if (readByte() == 0) {
          source = values.seedExcerpt(str(), str(), str());
        } else {
          String id = str();
          URI url = URI.create(str());
          String publisher = str();
          String title = str();
          LocalDate retrieved = LocalDate.ofEpochDay(readLong());
          SourceTier tier = id(SourceTier.class);
          source = values.webPage(id, url, publisher, title, retrieved, optStr(), tier);
        }
        sources[i] = source;
        position = resume;
      }
      return source;
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
      int value = intAt(position);
      position += 4;
      return value;
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
      return string(readInt());
    }

    /** The string with index {@code i}, made from its bytes the first time. */
    private String string(int i) {
      String s = strings[i];
      if (s == null) {
        int from = intAt(stringTable + 4 * i);
        int to = intAt(stringTable + 4 * i + 4);
        if (from < 0 || to < from || stringBytes + to > stringEnd) {
          throw new IllegalArgumentException("corrupt binary dataset: string " + i + " runs from " + from + " to "
              + to);
        }
        s = new String(bytes, stringBytes + from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        strings[i] = s;
      }
      return s;
    }

    /**
     * The constant of {@code type} whose id comes next; an unknown id throws, naming it. A string names constants of
     * one type only (enumeration ids are distinct words), so the constant made from it is kept by its index.
     */
    private <E extends Enum<E> & Identified> E id(Class<E> type) {
      int index = readInt();
      Object constant = made[index];
      if (!type.isInstance(constant)) {
        constant = Identified.fromId(type, string(index));
        made[index] = constant;
      }
      return type.cast(constant);
    }

    /** The country code that comes next, made once per distinct code. */
    private CountryCode code() {
      int index = readInt();
      Object code = made[index];
      if (!(code instanceof CountryCode)) {
        code = CountryCode.of(string(index));
        made[index] = code;
      }
      return (CountryCode) code;
    }

    /** The organisation id that comes next, made once per distinct id. */
    private OrganisationId organisation() {
      int index = readInt();
      Object id = made[index];
      if (!(id instanceof OrganisationId)) {
        id = OrganisationId.of(string(index));
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
        date = PartialDate.parse(string(index));
        made[index] = date;
      }
      return (PartialDate) date;
    }

    /** The date that comes next if one is present. */
    private Optional<PartialDate> optDate() {
      return readBoolean() ? Optional.of(date()) : Optional.empty();
    }

    private List<Source> cited() {
      Source[] list = new Source[count()];
      for (int i = 0; i < list.length; i++) {
        list[i] = source(readInt());
      }
      return List.of(list);
    }
  }
}
