package dev.heatmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The picture in STYLE.md, checked: data flows one way through the layers, the packages form no
 * cycle, {@code core} is a leaf, and {@code input} and {@code time} meet only through {@code core}.
 * Each rule's description is its failure message's first line, so a failure teaches the rule.
 */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    // The build's own class folder, not a search of the class path's jars for the package.
    main = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  /** cli → run → render → grid → input | time → core: a package imports only layers below it. */
  static ArchRule layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy("dev.heatmap.cli..")
        .layer("run")
        .definedBy("dev.heatmap.run..")
        .layer("render")
        .definedBy("dev.heatmap.render..")
        .layer("grid")
        .definedBy("dev.heatmap.grid..")
        .layer("input")
        .definedBy("dev.heatmap.input..")
        .layer("time")
        .definedBy("dev.heatmap.time..")
        .layer("core")
        .definedBy("dev.heatmap.core..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("run")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("render")
        .mayOnlyBeAccessedByLayers("run", "cli")
        .whereLayer("grid")
        .mayOnlyBeAccessedByLayers("render", "run", "cli")
        .whereLayer("input")
        .mayOnlyBeAccessedByLayers("run", "cli")
        .whereLayer("time")
        .mayOnlyBeAccessedByLayers("grid", "run", "cli")
        .as(
            "Data flows one way (STYLE.md, 'The shape we want'): cli → run → render → grid →"
                + " input | time → core; a package may import only the layers below it, and input"
                + " and time meet only through interfaces in core");
  }

  /** Inside input: the registry → the formats → the byte machinery → the extractor contract. */
  static ArchRule inputRooms() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("input (detection and the registry)")
        .definedBy("dev.heatmap.input")
        .layer("input.<format>")
        .definedBy(
            "dev.heatmap.input.text..",
            "dev.heatmap.input.csv..",
            "dev.heatmap.input.json..",
            "dev.heatmap.input.excel..",
            "dev.heatmap.input.mail..")
        .layer("input.bytes")
        .definedBy("dev.heatmap.input.bytes..")
        .layer("input.extract")
        .definedBy("dev.heatmap.input.extract..")
        .whereLayer("input (detection and the registry)")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("input.<format>")
        .mayOnlyBeAccessedByLayers("input (detection and the registry)", "input.<format>")
        .whereLayer("input.bytes")
        .mayOnlyBeAccessedByLayers("input (detection and the registry)", "input.<format>")
        .as(
            "One room per question (STYLE.md): input's registry picks a format; each format"
                + " (input.text, input.csv, input.json, input.excel) uses the shared byte machinery"
                + " (input.bytes) and the extractor contract (input.extract), never the reverse");
  }

  /** No two packages import each other, directly or around a loop. */
  static ArchRule noCycles() {
    return slices()
        .matching("dev.heatmap.(**)")
        .should()
        .beFreeOfCycles()
        .as("No package cycle (STYLE.md): every import points down the picture, never back up");
  }

  /** core imports nothing of the project. */
  static ArchRule coreIsALeaf() {
    return noClasses()
        .that()
        .resideInAPackage("dev.heatmap.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.heatmap.cli..",
            "dev.heatmap.run..",
            "dev.heatmap.render..",
            "dev.heatmap.grid..",
            "dev.heatmap.input..",
            "dev.heatmap.time..")
        .as("core is a leaf (STYLE.md): it imports no other package of the project");
  }

  /** Nothing below cli prints to the process's streams or ends the process. */
  static ArchRule onlyCliTouchesTheProcess() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.heatmap.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .as(
            "Printing from deep code is avoided (STYLE.md): nothing below cli uses System.out,"
                + " System.err or System.exit");
  }

  @Test
  void dataFlowsOneWayThroughTheLayers() {
    layers().check(main);
  }

  @Test
  void inputsRoomsImportDownward() {
    inputRooms().check(main);
  }

  @Test
  void thereIsNoPackageCycle() {
    noCycles().check(main);
  }

  @Test
  void coreImportsNothingOfTheProject() {
    coreIsALeaf().check(main);
  }

  @Test
  void onlyTheCommandLinePrintsOrExits() {
    onlyCliTouchesTheProcess().check(main);
  }

  /**
   * The rule can fail: a test class in {@code input.archfixture} imports cli, and the layer rule
   * rejects it with a message that names the rule and the class.
   */
  @Test
  void anImportOfCliFromInputFailsWithTheRulesName() {
    JavaClasses withBreach =
        new ClassFileImporter()
            .importPaths(
                Path.of("target", "classes", "dev", "heatmap", "cli"),
                Path.of("target", "test-classes", "dev", "heatmap", "input", "archfixture"));
    AssertionError e = assertThrows(AssertionError.class, () -> layers().check(withBreach));
    assertTrue(e.getMessage().contains("Data flows one way"), e.getMessage());
    assertTrue(e.getMessage().contains("InputThatImportsCli"), e.getMessage());
  }
}
