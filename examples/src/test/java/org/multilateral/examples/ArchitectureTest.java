package org.multilateral.examples;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.multilateral.query.internal.Escaping;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules, checked on the compiled classes of every module: dependencies point one way
 * ({@code core} <- {@code dataset}, {@code core} <- {@code query}, both <- {@code examples}), Jackson stays in
 * {@code dataset}, there are no cycles, no public mutable state, and generated {@code Immutable*} classes never
 * appear in a public signature.
 */
@AnalyzeClasses(packages = "org.multilateral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CORE = "org.multilateral.core..";
  private static final String DATASET = "org.multilateral.dataset..";
  private static final String QUERY = "org.multilateral.query..";
  private static final String EXAMPLES = "org.multilateral.examples..";

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule = noClasses().that().resideInAPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage(DATASET, QUERY, EXAMPLES);

  @ArchTest
  static final ArchRule datasetDoesNotDependOnQueryOrExamples = noClasses().that().resideInAPackage(DATASET)
      .should().dependOnClassesThat().resideInAnyPackage(QUERY, EXAMPLES);

  @ArchTest
  static final ArchRule querySeesNeitherDatasetNorExamples = noClasses().that().resideInAPackage(QUERY)
      .should().dependOnClassesThat().resideInAnyPackage(DATASET, EXAMPLES);

  @ArchTest
  static final ArchRule jacksonStaysInDataset = noClasses().that().resideInAnyPackage(CORE, QUERY, EXAMPLES)
      .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule immutablesIsCompileTimeOnly = noClasses().that().resideInAPackage("org.multilateral..")
      .should().accessClassesThat().resideInAPackage("org.immutables..")
      .orShould().beAssignableTo(describedAs("an Immutables type", "org.immutables.."))
      .because("Immutables' annotations are needed to compile, never to run");

  @ArchTest
  static final ArchRule noCycles = slices().matching("org.multilateral.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule datasetInternalsStayInDataset = noClasses().that().resideOutsideOfPackages(DATASET)
      .should().dependOnClassesThat().resideInAPackage("org.multilateral.dataset.internal..");

  @ArchTest
  static final ArchRule queryInternalsStayInQuery = noClasses().that().resideOutsideOfPackages(QUERY)
      .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.multilateral.query.internal..")
          .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Escaping.class))))
      .because("the one output escaping (Escaping) is shared with the project's renderers; nothing else is");

  @ArchTest
  static final ArchRule onlyTheCliEscapesByHand = noClasses().that()
      .resideOutsideOfPackages(QUERY, "org.multilateral.examples.cli..")
      .should().dependOnClassesThat().belongToAnyOf(Escaping.class);

  @ArchTest
  static final ArchRule noPublicMutableFields = fields().that().arePublic()
      .and().areDeclaredInClassesThat().resideInAPackage("org.multilateral..")
      .should().beFinal()
      .allowEmptyShould(true);

  @ArchTest
  static final ArchRule generatedImplementationsStayOutOfPublicSignatures = methods()
      .that().arePublic().and().areDeclaredInClassesThat().arePublic()
      .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
          "neither return nor take a generated Immutable* class") {
        @Override
        public void check(com.tngtech.archunit.core.domain.JavaMethod method,
            com.tngtech.archunit.lang.ConditionEvents events) {
          boolean leaks = isGenerated(method.getRawReturnType())
              || method.getRawParameterTypes().stream().anyMatch(ArchitectureTest::isGenerated);
          if (leaks) {
            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                method.getFullName() + " exposes a generated Immutable* class"));
          }
        }
      });

  @ArchTest
  static final ArchRule generatedImplementationsAreNotPublic = noClasses()
      .that().haveSimpleNameStartingWith("Immutable").and().resideInAPackage("org.multilateral..")
      .should().haveModifier(JavaModifier.PUBLIC);

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> describedAs(String description,
      String packageIdentifier) {
    return com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(packageIdentifier)
        .as(description);
  }

  private static boolean isGenerated(JavaClass type) {
    return type.getSimpleName().startsWith("Immutable") && type.getPackageName().startsWith("org.multilateral");
  }
}
