package org.multilateral.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.multilateral.core.DateKind;
import org.multilateral.core.DocumentKind;
import org.multilateral.core.EventKind;
import org.multilateral.core.Identified;
import org.multilateral.core.OrganisationKind;
import org.multilateral.core.Role;
import org.multilateral.dataset.internal.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema shipped with the module describes the bundled data and the loader's format. */
@DisplayName("The data format's JSON Schema")
class DataFormatSchemaTest {

  static final String SCHEMA = "/org/multilateral/dataset/multilateral-data.schema.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNode SCHEMA_NODE = JSON.readTree(resource(SCHEMA));
  private static final Schema VALIDATOR =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE);

  static String resource(String path) {
    try (InputStream in = DataFormatSchemaTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> bundledFiles() {
    JsonNode manifest = JSON.readTree(resource("/org/multilateral/dataset/data/manifest.json"));
    return manifest.get("files").valueStream().map(JsonNode::asString);
  }

  private static List<String> errors(String json) {
    return VALIDATOR.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @ParameterizedTest(name = "{0} validates against the schema")
  @MethodSource("bundledFiles")
  void bundledFileValidates(String file) {
    assertEquals(List.of(), errors(resource("/org/multilateral/dataset/data/" + file)));
  }

  @Test
  @DisplayName("is available from the API as shipped")
  void availableFromTheApi() {
    assertEquals(resource(SCHEMA), MultilateralData.jsonSchema());
  }

  @Test
  @DisplayName("the whole bundled dataset, written as one file, validates against the schema")
  void exportValidates() {
    String json = new String(MultilateralData.toJson(MultilateralData.bundled()), StandardCharsets.UTF_8);
    assertEquals(List.of(), errors(json));
  }

  @ParameterizedTest(name = "rejects {0}")
  @ValueSource(strings = {
      "{\"colour\": 1}",
      "{\"countries\": [{\"alpha3\": \"BEL\", \"alpha2\": \"BE\", \"numeric\": \"056\", \"name\": \"Belgium\"}]}",
      "{\"countries\": [{\"alpha3\": \"BE\", \"alpha2\": \"BE\", \"numeric\": \"056\", \"name\": \"B\","
          + " \"sources\": [\"s\"]}]}",
      "{\"offices\": [{\"organisation\": \"NATO\", \"title\": \"T\", \"holder\": \"H\", \"from\": \"2024-13\","
          + " \"sources\": [\"s\"]}]}",
      "{\"memberships\": [{\"country\": \"BEL\", \"organisation\": \"NATO\", \"role\": \"partner\","
          + " \"spells\": [{\"from\": \"1994\", \"fromKind\": \"joined\"}], \"sources\": [\"s\"]}]}",
      "{\"memberships\": [{\"country\": \"BEL\", \"organisation\": \"NATO\", \"role\": \"member\","
          + " \"spells\": [{\"from\": \"1994\", \"fromKind\": \"joined\", \"to\": \"1995\"}], \"sources\": [\"s\"]}]}",
      "{\"sources\": {\"s\": {\"seed\": \"000.txt\", \"excerpt\": \"x\", \"url\": \"https://nato.int\"}}}",
      "{\"events\": [{\"id\": \"e\", \"organisation\": \"NATO\", \"title\": \"t\", \"kind\": \"Summit\","
          + " \"from\": \"2020\", \"sources\": [\"s\"]}]}"})
  void rejectsBadDocuments(String json) {
    assertFalse(errors(json).isEmpty(), "the schema lets through " + json);
  }

  static Stream<Arguments> enumerations() {
    return Stream.of(
        Arguments.of("dateKind", DateKind.values()),
        Arguments.of("organisationKind", OrganisationKind.values()),
        Arguments.of("role", Role.values()),
        Arguments.of("eventKind", EventKind.values()),
        Arguments.of("documentKind", DocumentKind.values()));
  }

  @ParameterizedTest(name = "its {0} enumeration lists exactly the ids the loader accepts")
  @MethodSource("enumerations")
  void enumerationsMatchTheModel(String definition, Identified[] constants) {
    Set<String> inSchema = SCHEMA_NODE.get("$defs").get(definition).get("enum").valueStream()
        .map(JsonNode::asString).collect(Collectors.toCollection(TreeSet::new));
    Set<String> inModel = Arrays.stream(constants).map(Identified::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inModel, inSchema);
  }

  static Stream<Arguments> records() {
    return Stream.of(
        Arguments.of("country", Json.Country.class),
        Arguments.of("organisation", Json.Organisation.class),
        Arguments.of("seat", Json.Seat.class),
        Arguments.of("milestone", Json.Milestone.class),
        Arguments.of("framework", Json.Framework.class),
        Arguments.of("membership", Json.Membership.class),
        Arguments.of("spell", Json.Spell.class),
        Arguments.of("episode", Json.Episode.class),
        Arguments.of("event", Json.Event.class),
        Arguments.of("initiative", Json.Initiative.class),
        Arguments.of("document", Json.Document.class),
        Arguments.of("office", Json.Office.class));
  }

  @ParameterizedTest(name = "its {0} object has exactly the fields the loader reads")
  @MethodSource("records")
  void fieldsMatchTheLoader(String definition, Class<? extends Record> record) {
    Set<String> inSchema = new TreeSet<>(SCHEMA_NODE.get("$defs").get(definition).get("properties").propertyNames());
    Set<String> inLoader = Arrays.stream(record.getRecordComponents()).map(c -> c.getName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inLoader, inSchema);
  }

  @Test
  @DisplayName("its top level has exactly the fields the loader reads")
  void topLevelMatchesTheLoader() {
    Set<String> inSchema = new TreeSet<>(SCHEMA_NODE.get("properties").propertyNames());
    Set<String> inLoader = Arrays.stream(Json.DataFile.class.getRecordComponents())
        .map(c -> c.getName().equals("schema") ? "$schema" : c.getName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inLoader, inSchema);
  }
}
