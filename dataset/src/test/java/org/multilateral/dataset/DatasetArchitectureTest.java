package org.multilateral.dataset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Architecture rules for the dataset module: no public mutable state, no Jackson in the API, no type ids. */
@DisplayName("The dataset module")
class DatasetArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.multilateral.dataset");

  @Test
  @DisplayName("has no public field that is not static and final")
  void noPublicMutableFields() {
    fields().that().arePublic().should().beStatic().andShould().beFinal().check(CLASSES);
  }

  @Test
  @DisplayName("has no public static field of a mutable type (only primitives and strings)")
  void publicConstantsAreImmutable() {
    fields().that().arePublic().and().areStatic()
        .should().haveRawType(int.class).orShould().haveRawType(long.class).orShould().haveRawType(String.class)
        .check(CLASSES);
  }

  @Test
  @DisplayName("keeps Jackson out of its API package")
  void apiFreeOfJackson() {
    noClasses().that().resideInAPackage("org.multilateral.dataset")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }

  @Test
  @DisplayName("never uses polymorphic type information")
  void noPolymorphicTyping() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName(JsonTypeInfo.class.getName())
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                "(activate|enable)DefaultTyping.*|polymorphicTypeValidator")))
        .check(CLASSES);
  }

  @Test
  @DisplayName("loads no class by a name (no reflection on input)")
  void noClassForName() {
    noClasses().should().callMethod(Class.class, "forName", String.class)
        .orShould().callMethod(ClassLoader.class, "loadClass", String.class)
        .check(CLASSES);
  }
}
